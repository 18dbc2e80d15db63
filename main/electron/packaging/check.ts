/**
 * `npm run package:check`: builds the renderer, the shell and the CLI, validates electron-builder.yml, lays the Linux
 * package out offline (about 10 s) in a temporary folder and checks what it contains. Exit code 1 on problems.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from '../../build/bundles';
import { buildNamed } from '../../build/run';
import { isEntryPoint } from '../../platform/entry-point';
import { inspectPackage, type Inspection } from './inspect';
import { layOutPackage, validateBuilderConfig } from './layout';

export const PROJECT_DIR = fileURLToPath(new URL('../../../', import.meta.url));

export function buildRendererForPackaging(): void {
  const vite = join(PROJECT_DIR, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: PROJECT_DIR,
      stdio: 'inherit',
    },
  );
  if (run.status !== 0) throw new Error(`vite build failed (${run.status ?? run.signal})`);
}

/**
 * Validates, lays out and inspects. The layout goes to a temporary folder removed afterwards, or to `workDir`
 * when given, where it stays (at `appOutDir`) for the caller to try.
 */
export async function checkPackage(options: {
  buildRenderer: boolean;
  workDir?: string;
}): Promise<Inspection & { appOutDir: string }> {
  if (options.buildRenderer) buildRendererForPackaging();
  await Promise.all([buildElectron(), buildNamed('cli')]);
  await validateBuilderConfig(PROJECT_DIR);
  const workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'rebond-package-'));
  try {
    const appOutDir = await layOutPackage(PROJECT_DIR, workDir);
    return { ...(await inspectPackage(appOutDir)), appOutDir };
  } finally {
    if (!options.workDir) rmSync(workDir, { recursive: true, force: true });
  }
}

if (isEntryPoint(import.meta.url)) {
  checkPackage({ buildRenderer: true }).then(
    ({ problems, notes, entries }) => {
      for (const note of notes) console.log(`note: ${note}`);
      for (const problem of problems) console.error(`problem: ${problem}`);
      console.log(`package:check: ${entries.length} files in app.asar, ${problems.length} problem(s).`);
      process.exitCode = problems.length > 0 ? 1 : 0;
    },
    (error: unknown) => {
      console.error(`package:check: ${(error as Error).message}`);
      process.exitCode = 1;
    },
  );
}
