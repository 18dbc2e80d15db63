/** `npm run serve -- --data-dir DIR --port N`: the browser edition on 127.0.0.1. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Server } from 'node:http';
import { HTTP } from '../../shared/contract/client';
import { parseWholeNumber, valueOrNull } from '../../shared/format';
import { DEFAULT_LANG, isLang, translate, type Lang } from '../../shared/i18n';
import { startApiWorker } from '../api-host/worker-transport';
import { isEntryPoint } from '../platform/entry-point';
import { EXPORTS_FOLDER } from '../../shared/domain/exports';
import { defaultDataDir } from '../platform/data-dir';
import { errorReference, reportToStderr, type InternalErrorReport } from '../platform/internal-errors';
import { internalErrorMessage } from '../platform/start-up';
import { openAppWindow } from './browser';
import { LaunchCodes } from './launch-codes';
import { createWebServer } from './server';
import { WebSessions } from './web-sessions';

const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

export interface RunningServer {
  /** The opening URL: the origin and, in its fragment, a one-time code valid for two minutes. */
  url: string;
  origin: string;
  port: number;
  /** The log file in the data folder, or null when the folder cannot hold one. */
  logFile: string | null;
  /** Another one-time code, for a caller in this process (the tests open several browsers on one server). */
  issueLaunchCode: () => string;
  close: () => Promise<void>;
}

/** A refusal at start-up (the data folder, the port): its message is printed as it is, and the process exits 1. */
export class StartRefused extends Error {}

export interface BrowserEditionOptions {
  dataDir?: string | undefined;
  port: number;
  staticDir?: string;
  lang?: Lang;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Opens the data folder in the API host (a worker thread that owns the store) and serves it on 127.0.0.1; this
 * thread only parses, authenticates and forwards. Any refusal is a StartRefused with the translated reason.
 */
export async function startBrowserEdition(options: BrowserEditionOptions): Promise<RunningServer> {
  const lang = options.lang ?? DEFAULT_LANG;
  const dataDir = options.dataDir ?? defaultDataDir();
  const host = startApiWorker({ dataDir, edition: 'web', lang }, (reason) =>
    console.error(translate(lang, 'apiHost.stopped', { reason })),
  );
  const started = await host.client.started;
  if (started.op === 'refused') {
    await host.ended;
    throw new StartRefused(started.message);
  }
  const { client } = host;
  const reportInternal: InternalErrorReport = (ref, where, error) => {
    if (client.gone !== null) reportToStderr(ref, where, error);
    else
      client.log(
        'error',
        { event: 'internal_error', ref, where, err: error instanceof Error ? error : new Error(String(error)) },
        'internal error',
      );
  };
  const clock = () => new Date();
  const launchCodes = new LaunchCodes(clock);
  const server = createWebServer({
    api: client,
    launchCodes,
    sessions: new WebSessions({ clock }),
    staticDir: options.staticDir ?? RENDERER_DIR,
    documentBytes: (reference, operatorId) => client.documentBytes(reference, operatorId),
    exportsDir: join(dataDir, EXPORTS_FOLDER),
    reportInternal,
  });
  const stopHost = async () => {
    client.stop();
    await host.ended;
  };
  try {
    await listen(server, options.port);
  } catch (error) {
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    const ref = errorReference();
    if (inUse)
      client.log('warn', { event: 'start_refused', code: 'EADDRINUSE', port: options.port }, 'start-up refused');
    else
      client.log(
        'error',
        {
          event: 'internal_error',
          ref,
          where: 'start-up',
          err: error instanceof Error ? error : new Error(String(error)),
        },
        'internal error',
      );
    await stopHost();
    throw new StartRefused(
      inUse
        ? translate(lang, 'startup.portInUse', { port: String(options.port) })
        : internalErrorMessage(lang, ref, started.logFile),
    );
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  client.log('info', { event: 'listening', port }, 'browser edition listening');
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#${HTTP.codeParameter}=${launchCodes.issue()}`,
    origin,
    port,
    logFile: started.logFile,
    issueLaunchCode: () => launchCodes.issue(),
    close: () =>
      new Promise((resolve) => {
        server.close(() => void stopHost().then(resolve));
        server.closeAllConnections();
      }),
  };
}

/** Starts the browser edition, or prints why it cannot and exits 1: never a stack trace. */
export async function startOrExplain(options: BrowserEditionOptions): Promise<RunningServer> {
  try {
    return await startBrowserEdition(options);
  } catch (error) {
    const lang = options.lang ?? DEFAULT_LANG;
    console.error(error instanceof StartRefused ? error.message : internalErrorMessage(lang, errorReference(), null));
    process.exit(1);
  }
}

function parseOptions() {
  try {
    return parseArgs({
      options: {
        'data-dir': { type: 'string' },
        lang: { type: 'string', default: DEFAULT_LANG },
        port: { type: 'string', default: '5180' },
        'no-open': { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(translate(DEFAULT_LANG, 'cli.badOption', { detail: (error as Error).message }));
    process.exit(2);
  }
}

export async function main(): Promise<void> {
  const values = parseOptions();
  const lang = isLang(values.lang) ? values.lang : DEFAULT_LANG;
  const port = valueOrNull(parseWholeNumber(values.port));
  if (port === null || port > 65535) {
    console.error(translate(lang, 'cli.badNumber', { option: 'port', min: 0, max: 65535, value: values.port }));
    process.exit(2);
  }
  const running = await startOrExplain({ dataDir: values['data-dir'], port, lang });
  console.log(`Rebond: ${running.url}`);
  if (!values['no-open'] && !process.env.CI) openAppWindow(running.url);
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (isEntryPoint(import.meta.url)) void main();
