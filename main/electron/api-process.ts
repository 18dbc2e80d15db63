/**
 * Starts the API host in an Electron utility process and connects a client to it (the message protocol, reply
 * matching and crash handling are main/api-host's, shared with the browser edition's worker and tested there).
 */
import { shell, utilityProcess } from 'electron';
import { ApiHostClient } from '../api-host/client';
import type { FromHost } from '../api-host/protocol';
import type { DesktopHostOptions } from './api-host-entry';

export function startApiProcess(
  entry: string,
  options: DesktopHostOptions,
  onGone: (reason: string) => void,
): ApiHostClient {
  const child = utilityProcess.fork(entry, [], { serviceName: 'Rebond API', stdio: 'inherit' });
  const client = new ApiHostClient(
    (message) => child.postMessage(message),
    options.lang,
    ({ path }) => {
      void shell.openPath(path).then((problem) => {
        if (problem) console.error(`Rebond: could not open ${path}: ${problem}`);
      });
    },
  );
  let ready = false;
  void client.started.then((started) => {
    ready = started.op === 'ready';
  });
  child.once('spawn', () => child.postMessage(options));
  child.on('message', (message: FromHost) => client.receive(message));
  child.once('exit', (code) => {
    const reason = `exit code ${code}`;
    client.exited(reason);
    if (ready && !client.stopRequested) onGone(reason);
  });
  return client;
}
