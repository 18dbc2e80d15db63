/**
 * `npm start`: builds what is out of date, then runs the desktop shell when the Electron runtime is installed,
 * or else says so in one line and runs the browser edition (loopback server + a Chromium app window).
 * `npm start -- --no-open` starts the browser edition without opening a window.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translate, type Lang } from '../../shared/i18n';
import { openAppWindow } from '../web/browser';
import { startOrExplain } from '../web/serve';
import { buildElectron } from '../build/bundles';
import { isStale, modifiedTime, newestChange } from './launch-freshness';
import { langFromLocale, terminalLocale } from '../platform/locale';
import { isEntryPoint } from '../platform/entry-point';
import { electronExecutable } from './runtime/electron-runtime';
import { ensureElectronBinding } from './runtime/native-binding';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RENDERER_INPUTS = ['renderer', 'shared', 'assets'].map((dir) => join(ROOT, dir));
const RENDERER_OUTPUT = join(ROOT, 'dist', 'renderer', 'index.html');
const BROWSER_PORT = 5180;

function buildRenderer(): void {
  if (!isStale(modifiedTime(RENDERER_OUTPUT), newestChange(RENDERER_INPUTS))) return;
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}

/** The usual port when it is free (a stable origin between launches), else any free one. */
function choosePort(preferred: number): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(0));
    probe.listen(preferred, '127.0.0.1', () => probe.close(() => resolve(preferred)));
  });
}

async function runBrowserEdition(lang: Lang, open: boolean): Promise<void> {
  console.log(translate(lang, 'desktop.runtime.missing'));
  buildRenderer();
  const running = await startOrExplain({ dataDir: undefined, port: await choosePort(BROWSER_PORT), lang });
  // The same line as `npm run serve`, which scripts read to find the address.
  console.log(`Rebond: ${running.url}`);
  if (open && !openAppWindow(running.url)) console.log(translate(lang, 'desktop.browser.noChromium'));
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function runElectron(executable: string, lang: Lang, args: readonly string[]): Promise<void> {
  buildRenderer();
  const { main } = await buildElectron();
  ensureElectronBinding({ lang });
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, [main, ...args], { cwd: ROOT, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

export async function main(): Promise<void> {
  const lang = langFromLocale(terminalLocale());
  const args = process.argv.slice(2);
  const executable = electronExecutable();
  if (executable)
    await runElectron(
      executable,
      lang,
      args.filter((arg) => arg !== '--no-open'),
    );
  else await runBrowserEdition(lang, !args.includes('--no-open') && !process.env.CI);
}

if (isEntryPoint(import.meta.url)) void main();
