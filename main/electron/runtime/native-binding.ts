/**
 * Builds a second copy of better-sqlite3's binding for Electron's ABI into node_modules/.rebond-electron/, leaving
 * the Node build that tests, the CLI and the browser edition use untouched. A prebuilt download first
 * (prebuild-install), else a compile against Electron's headers (node-gyp). Both need the network: a failure is
 * one line, never fatal. `tsx main/electron/runtime/native-binding.ts [--force]` runs it by hand.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { translate, type Lang } from '../../../shared/i18n';
import { langFromLocale, terminalLocale } from '../../platform/locale';
import { failureSummary } from './build-output';
import { BINDING_FILE, betterSqliteDir, electronCopyPath, readBindingFile } from './binding-files';
import { isEntryPoint } from '../../platform/entry-point';
import { electronAbi, electronExecutable, electronVersion } from './electron-runtime';

const require = createRequire(import.meta.url);

export type BindingStatus = 'current' | 'no-runtime' | 'built' | 'failed';

export interface EnsureOptions {
  lang: Lang;
  /** Build even when the Electron runtime itself is not installed (for packaging on a build machine). */
  force?: boolean;
  log?: (line: string) => void;
}

/** npm passes its configuration down as npm_config_*; this machine's `nodedir` would make node-gyp use Node's headers. */
const BUILD_ENV_OVERRIDES =
  /^npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url|devdir|build_from_source)$/i;

function buildEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !BUILD_ENV_OVERRIDES.test(name)));
}

function scriptOf(specifier: string): string | null {
  try {
    return require.resolve(specifier);
  } catch {
    return null;
  }
}

interface Attempt {
  tool: string;
  script: string | null;
  args: string[];
  timeoutMs: number;
}

function attempts(version: string): Attempt[] {
  const target = [`--runtime=electron`, `--target=${version}`, `--arch=${process.arch}`];
  return [
    {
      tool: 'prebuild-install',
      script: scriptOf('prebuild-install/bin.js'),
      args: [...target, `--platform=${process.platform}`],
      timeoutMs: 120_000,
    },
    {
      tool: 'node-gyp',
      script: scriptOf('node-gyp/bin/node-gyp.js') ?? process.env.npm_config_node_gyp ?? null,
      args: [
        'rebuild',
        '--release',
        ...target,
        '--dist-url=https://electronjs.org/headers',
        `--devdir=${join(homedir(), '.electron-gyp')}`,
      ],
      timeoutMs: 15 * 60_000,
    },
  ];
}

/** The package's own compiled output, which the copy must not inherit. */
const isBuildOutput = (path: string) => path === 'build' || path.startsWith(`build${sep}`);

function build(packageDir: string, destination: string, version: string, abi: string | null): string | null {
  mkdirSync(dirname(destination), { recursive: true });
  const work = mkdtempSync(join(dirname(destination), 'work-'));
  const source = join(work, 'better-sqlite3');
  const failures: string[] = [];
  try {
    cpSync(packageDir, source, { recursive: true, filter: (path) => !isBuildOutput(relative(packageDir, path)) });
    const built = join(source, 'build', 'Release', BINDING_FILE);
    for (const attempt of attempts(version)) {
      if (!attempt.script) continue;
      const run = spawnSync(process.execPath, [attempt.script, ...attempt.args], {
        cwd: source,
        env: buildEnv(),
        encoding: 'utf8',
        timeout: attempt.timeoutMs,
      });
      const file = readBindingFile(built);
      if (run.status === 0 && file && (abi === null || file.abi === abi)) {
        copyFileSync(built, `${destination}.tmp`);
        renameSync(`${destination}.tmp`, destination);
        return null;
      }
      const why = run.error
        ? run.error.message
        : file
          ? `ABI ${file.abi ?? '?'}`
          : failureSummary(`${run.stdout}\n${run.stderr}`);
      failures.push(`${attempt.tool}: ${why}`);
    }
    return failures.length > 0 ? failures.join('; ') : 'no build tool found';
  } catch (error) {
    return (error as Error).message;
  } finally {
    rmSync(work, { recursive: true, force: true });
    // Leave no empty folder behind after a failure.
    if (readdirSync(dirname(destination)).length === 0) rmSync(dirname(destination), { recursive: true, force: true });
  }
}

/** Makes sure the Electron copy exists and matches the installed Electron; quiet when there is nothing to do. */
export function ensureElectronBinding(options: EnsureOptions): BindingStatus {
  const log = options.log ?? console.log;
  const version = electronVersion();
  const packageDir = betterSqliteDir();
  const destination = electronCopyPath(packageDir);
  if (!version || !packageDir || !destination) return 'no-runtime';
  const abi = electronAbi();
  const existing = readBindingFile(destination);
  if (existing && abi !== null && existing.abi === abi) return 'current';
  if (!options.force && !electronExecutable()) return 'no-runtime';
  log(translate(options.lang, 'desktop.native.building', { version }));
  const failure = build(packageDir, destination, version, abi);
  if (failure === null && existsSync(destination)) {
    log(translate(options.lang, 'desktop.native.built', { version }));
    return 'built';
  }
  log(translate(options.lang, 'desktop.native.failed', { version, detail: failure ?? '?' }));
  return 'failed';
}

if (isEntryPoint(import.meta.url)) {
  ensureElectronBinding({ lang: langFromLocale(terminalLocale()), force: process.argv.includes('--force') });
}
