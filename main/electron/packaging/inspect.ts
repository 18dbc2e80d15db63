/**
 * What a laid-out package must contain for the app to start and work, and what it must not carry. Reads the
 * app.asar index, the unpacked folder and the executable's fuse wire; returns problems (fail) and notes (inform).
 */
import { extractFile, listPackage, statFile } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { bindingAbi } from '../runtime/binding';
import { electronAbi } from '../runtime/electron-runtime';
import { EXECUTABLE_NAME } from './layout';

export interface Inspection {
  problems: string[];
  notes: string[];
  entries: string[];
}

/** The `rebond` command's launcher, under resources/. */
export const CLI_LAUNCHER = ['bin', 'rebond'];
const BINDING = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
const REQUIRED = [
  'package.json',
  'dist/electron/main.cjs',
  'dist/electron/preload.cjs',
  'dist/cli/rebond.cjs',
  // The API host's utility process and its job workers (main/build/bundles.ts).
  'dist/electron/api-host.cjs',
  'dist/electron/render-worker.cjs',
  'dist/electron/intake-worker.cjs',
  // The hub's API host, a worker thread when the app acts as the site's hub.
  'dist/electron/worker-host.cjs',
  'dist/renderer/index.html',
  'assets/icons/png/256x256.png',
  // The documents embed these (main/documents/pdf/fonts.ts finds them from the bundle's folder).
  'assets/fonts/DejaVuSans.ttf',
  'assets/fonts/DejaVuSans-Bold.ttf',
  'assets/fonts/LICENSE-DejaVu.txt',
  'node_modules/better-sqlite3/lib/index.js',
  'node_modules/pdfkit/js/data/Helvetica.afm',
  'node_modules/pdfkit/js/data/Helvetica-Bold.afm',
];
/** Build tools, the renderer's libraries (already in its bundle), the sources and the tests have no place here. */
const FORBIDDEN_PREFIXES = [
  ...[
    'react',
    'react-dom',
    'vite',
    'typescript',
    'vitest',
    '@vitejs',
    '@tanstack',
    'electron',
    'electron-builder',
    'esbuild',
    '@esbuild',
    'tsx',
    'playwright-core',
    'fast-check',
  ].map((name) => `node_modules/${name}/`),
  'main/',
  'renderer/',
  'shared/',
  'test/',
];
/** The fuses Rebond ships with, by position in the wire: '0' off, '1' on (see electron-builder.yml). */
const EXPECTED_FUSES: Record<number, { name: string; on: boolean }> = {
  // The `rebond` command runs the bundled CLI with ELECTRON_RUN_AS_NODE=1.
  0: { name: 'runAsNode', on: true },
  1: { name: 'enableCookieEncryption', on: true },
  2: { name: 'enableNodeOptionsEnvironmentVariable', on: false },
  3: { name: 'enableNodeCliInspectArguments', on: false },
  4: { name: 'enableEmbeddedAsarIntegrityValidation', on: true },
  5: { name: 'onlyLoadAppFromAsar', on: true },
  7: { name: 'grantFileProtocolExtraPrivileges', on: false },
};
const FUSE_ON = 49;
const FUSE_OFF = 48;

/** The pure part: given the asar's file list, what is missing or out of place. */
export function listingProblems(entries: readonly string[]): string[] {
  const present = new Set(entries);
  const problems = REQUIRED.filter((path) => !present.has(path)).map((path) => `missing from app.asar: ${path}`);
  const afm = entries.filter((path) => /^node_modules\/pdfkit\/js\/data\/[^/]+\.afm$/.test(path)).length;
  if (afm < 14) problems.push(`pdfkit's font metrics: ${afm} .afm files in app.asar, the 14 standard fonts need 14`);
  for (const prefix of FORBIDDEN_PREFIXES) {
    const found = entries.find((path) => path.startsWith(prefix));
    if (found) problems.push(`should not be in app.asar: ${prefix} (${found})`);
  }
  const maps = entries.filter((path) => path.startsWith('dist/') && path.endsWith('.map'));
  if (maps.length > 0) problems.push(`source maps in app.asar: ${maps.join(', ')}`);
  return problems;
}

/** Bare module names main.cjs requires at runtime (its externals): each must be packaged. */
export function requiredPackages(mainSource: string): string[] {
  const builtins = new Set(builtinModules);
  const names = [...mainSource.matchAll(/\brequire\("([^"./][^"]*)"\)/g)].map((match) => match[1] ?? '');
  const packages = names
    .filter((name) => !name.startsWith('node:') && !builtins.has(name) && name !== 'electron')
    .map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : (name.split('/')[0] ?? name)));
  return [...new Set(packages)].sort();
}

/** Scripts and styles index.html loads (`./assets/…`), as asar paths. */
export function rendererAssets(indexHtml: string): string[] {
  return [...indexHtml.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map(
    (match) => `dist/renderer/${match[1] ?? ''}`,
  );
}

/** resources/bin/rebond: present, executable, and running the packaged CLI bundle with Electron as Node. */
export function launcherProblems(appOutDir: string): string[] {
  const path = join(appOutDir, 'resources', ...CLI_LAUNCHER);
  if (!existsSync(path)) return [`the rebond command is missing: resources/${CLI_LAUNCHER.join('/')}`];
  const problems: string[] = [];
  if ((statSync(path).mode & 0o111) === 0) problems.push(`resources/${CLI_LAUNCHER.join('/')} is not executable`);
  const script = readFileSync(path, 'utf8');
  for (const needed of ['ELECTRON_RUN_AS_NODE=1', `/${EXECUTABLE_NAME}"`, 'app.asar/dist/cli/rebond.cjs']) {
    if (!script.includes(needed)) problems.push(`resources/${CLI_LAUNCHER.join('/')} does not contain ${needed}`);
  }
  return problems;
}

async function fuseProblems(executable: string): Promise<string[]> {
  const wire = (await getCurrentFuseWire(executable)) as Record<string, unknown>;
  return Object.entries(EXPECTED_FUSES).flatMap(([position, fuse]) => {
    const state = wire[position];
    return state === (fuse.on ? FUSE_ON : FUSE_OFF) ? [] : [`fuse ${fuse.name} should be ${fuse.on ? 'on' : 'off'}`];
  });
}

export async function inspectPackage(appOutDir: string): Promise<Inspection> {
  const archive = join(appOutDir, 'resources', 'app.asar');
  const entries = listPackage(archive, { isPack: false }).map((path) => path.replace(/\\/g, '/').replace(/^\//, ''));
  const problems = listingProblems(entries);
  const notes: string[] = [];
  const present = new Set(entries);

  const packageJson: unknown = JSON.parse(extractFile(archive, 'package.json').toString('utf8'));
  const main =
    typeof packageJson === 'object' && packageJson !== null && 'main' in packageJson ? packageJson.main : null;
  if (main !== 'dist/electron/main.cjs')
    problems.push(`package.json "main" is ${String(main)}, not dist/electron/main.cjs`);

  for (const bundle of ['dist/electron/main.cjs', 'dist/cli/rebond.cjs']) {
    if (!present.has(bundle)) continue;
    for (const name of requiredPackages(extractFile(archive, bundle).toString('utf8'))) {
      if (!present.has(`node_modules/${name}/package.json`))
        problems.push(`${bundle} requires ${name}, which is not packaged`);
    }
  }
  problems.push(...launcherProblems(appOutDir));
  if (present.has('dist/renderer/index.html')) {
    for (const asset of rendererAssets(extractFile(archive, 'dist/renderer/index.html').toString('utf8'))) {
      if (!present.has(asset)) problems.push(`index.html loads ${asset}, which is not packaged`);
    }
  }

  const unpacked = join(appOutDir, 'resources', 'app.asar.unpacked', BINDING);
  const entry = present.has(BINDING) ? statFile(archive, BINDING) : null;
  if (!entry || !('unpacked' in entry) || !entry.unpacked || !existsSync(unpacked)) {
    problems.push(`${BINDING} must be unpacked beside app.asar (a native binding cannot load from inside it)`);
  } else {
    const found = bindingAbi(readFileSync(unpacked));
    const expected = electronAbi();
    notes.push(
      found === expected
        ? `SQLite binding built for Electron's ABI ${found}.`
        : `SQLite binding built for ABI ${found ?? '?'} (this layout skips the rebuild); a real package needs ABI ${expected ?? '?'}, which the afterPack hook enforces.`,
    );
  }

  problems.push(...(await fuseProblems(join(appOutDir, EXECUTABLE_NAME))));
  return { problems, notes, entries };
}
