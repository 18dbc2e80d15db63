/** The Node programs Rebond bundles (see bundles.ts), by the name `node main/build/build.mjs <name>` takes. */
import { API_HOST_WORKERS, type NodeBundle } from './bundles';

export const NODE_BUNDLES = {
  /** `rebond …`: the command line, in a checkout and inside the desktop package. */
  cli: {
    outfile: 'dist/cli/rebond.cjs',
    entry: { module: 'main/cli/index.ts', main: null },
    // `rebond hub` runs the API host in a worker thread, as the browser edition does.
    workers: [{ name: 'worker-host', module: 'main/api-host/worker-host.ts' }, ...API_HOST_WORKERS],
  },
  /** `npm run serve`: the browser edition. */
  web: {
    outfile: 'dist/web/serve.cjs',
    entry: { module: 'main/web/serve.ts', main: 'main' },
    workers: [{ name: 'worker-host', module: 'main/api-host/worker-host.ts' }, ...API_HOST_WORKERS],
  },
  /** `npm start`: bundles the shell with esbuild and builds the renderer with Vite when it runs them. */
  launch: {
    outfile: 'dist/tools/launch.cjs',
    entry: { module: 'main/electron/launch.ts', main: 'main' },
    external: ['esbuild'],
  },
  /** postinstall: the Electron runtime and its SQLite binding, when they can be had. */
  'ensure-runtime': {
    outfile: 'dist/tools/ensure-runtime.cjs',
    entry: { module: 'main/electron/runtime/ensure-runtime.ts', main: null },
  },
} as const satisfies Record<string, NodeBundle>;

export type NodeBundleName = keyof typeof NODE_BUNDLES;

export const isNodeBundleName = (name: string): name is NodeBundleName => Object.hasOwn(NODE_BUNDLES, name);
