/**
 * `npm run build:electron`: bundles the shell with esbuild into dist/electron/. main.cjs keeps the native and
 * data-carrying packages outside (better-sqlite3 loads a compiled binding, pdfkit reads its font metrics relative
 * to its own folder, fontkit parses the fonts pdfkit embeds and must be pdfkit's own copy; the barcode encoders,
 * jsbarcode and qrcode, are plain JavaScript and go into the bundle); preload.cjs is one self-contained file, as a
 * sandboxed preload must be. The electron-builder hook is built beside, outside the packaged folders.
 */
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { BRIDGE_METHODS } from './bridge-methods';
import { isEntryPoint } from './runtime/electron-runtime';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ELECTRON_OUT_DIR = fileURLToPath(new URL('../../dist/electron/', import.meta.url));
export const PACKAGING_OUT_DIR = fileURLToPath(new URL('../../dist/packaging/', import.meta.url));
export const MAIN_EXTERNALS = ['electron', 'better-sqlite3', 'pdfkit', 'fontkit'] as const;

/** `import.meta.url` has no CommonJS meaning: give it the bundle's own file URL. */
const IMPORT_META_URL = '__rebond_import_meta_url';
const NODE_COMMON: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: ROOT,
  define: { 'import.meta.url': IMPORT_META_URL },
  banner: { js: `'use strict';\nconst ${IMPORT_META_URL} = require('node:url').pathToFileURL(__filename).href;` },
  metafile: true,
};

export interface ElectronBuild {
  main: string;
  preload: string;
  afterPack: string;
  /** The source files each bundle took in, relative to the project. */
  inputs: { main: string[]; preload: string[] };
}

/** Gives the preload the method list as a literal, computed here from the contract, instead of the schemas. */
const precomputedMethods: Plugin = {
  name: 'rebond-precomputed-methods',
  setup(build) {
    build.onLoad({ filter: /[\\/]main[\\/]electron[\\/]bridge-methods\.ts$/ }, () => ({
      contents: `export const BRIDGE_METHODS = Object.freeze(${JSON.stringify(BRIDGE_METHODS)});`,
      loader: 'js',
    }));
  },
};

const inputsOf = (metafile: Metafile | undefined) => Object.keys(metafile?.inputs ?? {});

export async function buildElectron(outDir = ELECTRON_OUT_DIR, packagingDir = PACKAGING_OUT_DIR): Promise<ElectronBuild> {
  const main = `${outDir}main.cjs`;
  const preload = `${outDir}preload.cjs`;
  const afterPack = `${packagingDir}after-pack.cjs`;
  const externals = MAIN_EXTERNALS.flatMap((name) => [name, `${name}/*`]);
  // The API host (a utility process) and its job workers are bundles of their own, beside main.cjs.
  const hostEntries = {
    'api-host': 'main/electron/api-host-entry.ts',
    'render-worker': 'main/api-host/render-worker.ts',
    'intake-worker': 'main/api-host/intake-worker.ts',
  };
  const [mainBuild, preloadBuild] = await Promise.all([
    build({ ...NODE_COMMON, entryPoints: ['main/electron/index.ts'], outfile: main, external: externals }),
    build({
      bundle: true,
      platform: 'browser',
      format: 'cjs',
      target: 'chrome130',
      sourcemap: false,
      legalComments: 'none',
      logLevel: 'warning',
      absWorkingDir: ROOT,
      entryPoints: ['main/electron/preload.ts'],
      outfile: preload,
      external: ['electron'],
      plugins: [precomputedMethods],
      metafile: true,
    }),
    build({ ...NODE_COMMON, metafile: false, entryPoints: ['main/electron/packaging/after-pack.ts'], outfile: afterPack }),
    ...Object.entries(hostEntries).map(([name, entry]) =>
      build({ ...NODE_COMMON, metafile: false, entryPoints: [entry], outfile: `${outDir}${name}.cjs`, external: externals }),
    ),
  ]);
  return { main, preload, afterPack, inputs: { main: inputsOf(mainBuild.metafile), preload: inputsOf(preloadBuild.metafile) } };
}

if (isEntryPoint(import.meta.url)) {
  buildElectron().catch(() => {
    process.exitCode = 1;
  });
}
