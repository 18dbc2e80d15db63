import type { Worker } from 'node:worker_threads';
import { ApiHostClient } from './client';
import type { FromHost } from './protocol';
import type { HostOptions } from './run-host';
import { startWorker } from './spawn';

export interface ApiWorker {
  client: ApiHostClient;
  /** Settles when the worker has ended (stopped, crashed or killed). */
  ended: Promise<void>;
  /** Ends the worker at once, as a crash would (tests). */
  kill: () => Promise<void>;
}

/**
 * Starts the API host in a worker thread and connects a client to it. `onGone` hears once why the worker
 * stopped when it did so without being asked to.
 */
export function startApiWorker(options: HostOptions, onGone: (reason: string) => void = () => undefined): ApiWorker {
  const worker: Worker = startWorker(import.meta.url, 'worker-host', options);
  const client = new ApiHostClient((message) => worker.postMessage(message), options.lang);
  let wasReady = false;
  void client.started.then((started) => {
    wasReady = started.op === 'ready';
  });
  worker.on('message', (message: FromHost) => client.receive(message));
  let failure: string | null = null;
  worker.on('error', (error) => {
    failure = error.message;
  });
  const ended = new Promise<void>((resolve) => {
    worker.on('exit', (code) => {
      const reason = failure ?? `exit code ${code}`;
      client.exited(reason);
      if (!client.stopRequested && wasReady) onGone(reason);
      resolve();
    });
  });
  return {
    client,
    ended,
    kill: async () => {
      await worker.terminate();
      await ended;
    },
  };
}
