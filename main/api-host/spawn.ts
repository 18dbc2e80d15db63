import { Worker } from 'node:worker_threads';

/**
 * Starts the entry file `name` beside the module at `from` (an `import.meta.url`) in a worker thread: `name.js`
 * when bundled, `name.ts` when running from the sources (tsx, vitest), through ./from-sources.mjs which loads
 * tsx in the new thread first.
 */
export function startWorker(from: string, name: string, workerData: unknown): Worker {
  if (!from.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, from), { workerData });
  return new Worker(new URL('./from-sources.mjs', import.meta.url), {
    workerData,
    argv: [new URL(`./${name}.ts`, from).href],
  });
}
