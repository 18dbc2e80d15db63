import { Worker } from 'node:worker_threads';

/**
 * Starts the entry file `name` beside the module at `from` (an `import.meta.url`) in a worker thread, with that
 * module's own extension: `name.js` or `name.cjs` beside a bundle (each entry is bundled beside the others),
 * `name.ts` when running from the sources (tsx, vitest), through ./from-sources.mjs which loads tsx first.
 */
export function startWorker(from: string, name: string, workerData: unknown): Worker {
  const extension = /\.[cm]?[jt]s$/.exec(new URL(from).pathname)?.[0] ?? '.js';
  if (extension !== '.ts') return new Worker(new URL(`./${name}${extension}`, from), { workerData });
  return new Worker(new URL('./from-sources.mjs', import.meta.url), {
    workerData,
    argv: [new URL(`./${name}.ts`, from).href],
  });
}
