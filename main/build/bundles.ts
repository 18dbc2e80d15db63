/**
 * Every esbuild bundle Rebond runs, in one place: the desktop shell (dist/electron/main.cjs, preload.cjs), the
 * command line (dist/cli/rebond.cjs), the browser edition (dist/web/serve.cjs), `npm start`'s launcher and the
 * postinstall step (dist/tools/). The Node bundles share one set of options and keep the same packages outside:
 * better-sqlite3 loads a compiled binding, pdfkit reads its font metrics relative to its own folder, fontkit parses
 * the fonts pdfkit embeds and must be pdfkit's own copy, pino starts its transports from files by name, pdfjs-dist
 * (nwipe's PDF reports) loads its worker from beside its own file; the barcode encoders, jsbarcode and qrcode, are
 * plain JavaScript and go into the bundles. The preload is one self-contained file, as a sandboxed preload must be.
 *
 * Run by `node main/build/build.mjs` (plain Node: it compiles this module with esbuild first), never through tsx.
 */
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRIDGE_METHODS } from '../electron/bridge-methods';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));
export const ELECTRON_OUT_DIR = `${DIST_DIR}electron/`;
export const PACKAGING_OUT_DIR = `${DIST_DIR}packaging/`;
export const NODE_EXTERNALS = ['electron', 'better-sqlite3', 'pdfkit', 'fontkit', 'pino', 'pdfjs-dist'] as const;
/** The build module's own sources: a change here rebuilds every bundle (see build.mjs). */
const BUILD_SOURCES = ['main/build/bundles.ts', 'main/build/targets.ts', 'main/build/run.ts'];

/** `import.meta.url` has no CommonJS meaning: give it the bundle's own file URL. */
const IMPORT_META_URL = '__rebond_import_meta_url';
const externals = (names: readonly string[]) => names.flatMap((name) => [name, `${name}/*`]);

export const NODE_COMMON: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: ROOT,
  // Every module of a bundle shares the bundle's import.meta.url, so no module can tell it is the entry point:
  // isEntryPoint() answers no inside a bundle, and each bundle's entry calls its main itself.
  define: { 'import.meta.url': IMPORT_META_URL, REBOND_BUNDLED: 'true' },
  banner: { js: `'use strict';\nconst ${IMPORT_META_URL} = require('node:url').pathToFileURL(__filename).href;` },
  external: externals(NODE_EXTERNALS),
  metafile: true,
};

const inputsOf = (metafile: Metafile | undefined) =>
  Object.keys(metafile?.inputs ?? {}).filter((input) => !input.startsWith('<'));

/** A Node program bundled to one CommonJS file, with the list of project files it was made from. */
export interface NodeBundle {
  /** The file to run, relative to the project. */
  outfile: string;
  /** The module whose `main` the bundle calls, or null when the module runs itself on load. */
  entry: { module: string; main: string | null };
  /** Packages kept outside beyond NODE_EXTERNALS (build tools the program calls). */
  external?: readonly string[];
  /** Worker threads the program starts, each bundled beside it as `<name>.cjs` (main/api-host/spawn.ts finds them). */
  workers?: readonly { name: string; module: string }[];
}

/** The API host and its job workers, started beside the browser edition (threads) and the shell (a utility process). */
export const API_HOST_WORKERS = [
  { name: 'render-worker', module: 'main/api-host/render-worker.ts' },
  { name: 'intake-worker', module: 'main/api-host/intake-worker.ts' },
] as const;

/** Writes the bundle; returns the project files it was made from, this module's included. */
export async function buildNodeBundle(bundle: NodeBundle, outfile = `${ROOT}${bundle.outfile}`): Promise<string[]> {
  const { module, main } = bundle.entry;
  // The generated entry that calls `main` exists only in memory: it is no input file to watch.
  const generated = `${module}#${main ?? ''}`;
  const entry: BuildOptions =
    main === null
      ? { entryPoints: [module] }
      : {
          stdin: {
            contents: `import { ${main} } from './${module}';\nvoid ${main}();\n`,
            resolveDir: ROOT,
            sourcefile: generated,
            loader: 'ts',
          },
        };
  const external = externals([...NODE_EXTERNALS, ...(bundle.external ?? [])]);
  const results = await Promise.all([
    build({ ...NODE_COMMON, ...entry, outfile, external }),
    ...(bundle.workers ?? []).map((worker) =>
      build({
        ...NODE_COMMON,
        entryPoints: [worker.module],
        outfile: join(dirname(outfile), `${worker.name}.cjs`),
        external,
      }),
    ),
  ]);
  const inputs = new Set(results.flatMap((result) => inputsOf(result.metafile)));
  inputs.delete(generated);
  return [...inputs, ...BUILD_SOURCES];
}

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

/** The desktop shell: main.cjs, preload.cjs, and the electron-builder hook beside, outside the packaged folders. */
export async function buildElectron(
  outDir = ELECTRON_OUT_DIR,
  packagingDir = PACKAGING_OUT_DIR,
): Promise<ElectronBuild> {
  const main = `${outDir}main.cjs`;
  const preload = `${outDir}preload.cjs`;
  const afterPack = `${packagingDir}after-pack.cjs`;
  const [mainBuild, preloadBuild] = await Promise.all([
    build({ ...NODE_COMMON, entryPoints: ['main/electron/index.ts'], outfile: main }),
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
    build({
      ...NODE_COMMON,
      metafile: false,
      entryPoints: ['main/electron/packaging/after-pack.ts'],
      outfile: afterPack,
    }),
    // The API host (a utility process) and its job workers are bundles of their own, beside main.cjs.
    ...[
      { name: 'api-host', module: 'main/electron/api-host-entry.ts' },
      // The hub's API host, a worker thread of main.cjs when the app acts as the site's hub (main/hub/serve-hub.ts).
      { name: 'worker-host', module: 'main/api-host/worker-host.ts' },
      ...API_HOST_WORKERS,
    ].map((worker) =>
      build({ ...NODE_COMMON, metafile: false, entryPoints: [worker.module], outfile: `${outDir}${worker.name}.cjs` }),
    ),
  ]);
  return {
    main,
    preload,
    afterPack,
    inputs: { main: inputsOf(mainBuild.metafile), preload: inputsOf(preloadBuild.metafile) },
  };
}
