/** The browser edition's API host: a worker thread (started by ./worker-transport.ts) around `runApiHost`. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ToHost } from './protocol';
import { runApiHost, type HostOptions } from './run-host';

const port = parentPort;
if (port) {
  runApiHost(
    {
      post: (message) => port.postMessage(message),
      onMessage: (listener) => port.on('message', (message: ToHost) => listener(message)),
      close: () => port.close(),
    },
    workerData as HostOptions,
  );
}
