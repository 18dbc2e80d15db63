/** `npm run serve -- --data-dir DIR --port N`: the browser edition on 127.0.0.1. */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_LANG, translate } from '../../shared/i18n';
import { createRebondApi } from '../api';
import { isEntryPoint } from '../electron/runtime/electron-runtime';
import { openAppStore } from '../platform/open-app-store';
import { openAppWindow } from './browser';
import { documentBytesFor } from './document-bytes';
import { createWebServer } from './server';

const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

export interface RunningServer {
  url: string;
  token: string;
  port: number;
  close: () => Promise<void>;
}

export async function startBrowserEdition(options: { dataDir?: string | undefined; port: number; staticDir?: string }): Promise<RunningServer> {
  const store = openAppStore(options.dataDir);
  const token = randomBytes(24).toString('base64url');
  const server = createWebServer({
    api: createRebondApi(store),
    token,
    staticDir: options.staticDir ?? RENDERER_DIR,
    documentBytes: (reference, operatorId) => documentBytesFor(store, reference, operatorId),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          store.close();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

export async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '5180' },
      'no-open': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    console.error(translate(DEFAULT_LANG, 'cli.badNumber', { option: 'port', min: 0, max: 65535, value: values.port }));
    process.exit(2);
  }
  const running = await startBrowserEdition({ dataDir: values['data-dir'], port });
  console.log(`Rebond: ${running.url}`);
  if (!values['no-open'] && !process.env.CI) openAppWindow(running.url);
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (isEntryPoint(import.meta.url)) void main();
