/** `npm run serve -- --data-dir DIR --port N`: the browser edition on 127.0.0.1. */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Server } from 'node:http';
import { HTTP } from '../../shared/contract/client';
import { parseWholeNumber, valueOrNull } from '../../shared/format';
import { DEFAULT_LANG, isLang, translate, type Lang } from '../../shared/i18n';
import { createRebondApi } from '../api';
import { isEntryPoint } from '../electron/runtime/electron-runtime';
import { scheduleDailyBackups } from '../platform/daily-backups';
import { defaultDataDir } from '../platform/data-dir';
import { errorReference, logInternalErrors } from '../platform/internal-errors';
import { dailyFullCheck, startUpHousekeeping } from '../platform/housekeeping';
import { openAppStoreQuickly } from '../platform/open-app-store';
import { internalErrorMessage, refuseStart, startEdition, stopEdition } from '../platform/start-up';
import { openAppWindow } from './browser';
import { documentBytesFor } from './document-bytes';
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

/** Opens the data folder and serves it on 127.0.0.1; any refusal is a StartRefused with the translated reason. */
export async function startBrowserEdition(options: BrowserEditionOptions): Promise<RunningServer> {
  const lang = options.lang ?? DEFAULT_LANG;
  const opened = startEdition(options.dataDir ?? defaultDataDir(), 'web', lang, (dir) => openAppStoreQuickly(dir));
  if (!opened.ok) throw new StartRefused(opened.message);
  const { store, log } = opened;
  const reportInternal = logInternalErrors(log.log);
  const warn = (line: string) => log.log.warn({ event: 'housekeeping' }, line);
  const stopDailyBackups = scheduleDailyBackups(store, warn, undefined, dailyFullCheck(store, { log: warn }));
  const launchCodes = new LaunchCodes(store.clock);
  const server = createWebServer({
    api: createRebondApi(store, reportInternal),
    launchCodes,
    sessions: new WebSessions({ clock: store.clock }),
    staticDir: options.staticDir ?? RENDERER_DIR,
    documentBytes: (reference, operatorId) => documentBytesFor(store, reference, operatorId),
    reportInternal,
  });
  try {
    await listen(server, options.port);
  } catch (error) {
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    if (inUse) log.log.warn({ event: 'start_refused', code: 'EADDRINUSE', port: options.port }, 'start-up refused');
    const message = inUse ? translate(lang, 'startup.portInUse', { port: String(options.port) }) : refuseStart(log, lang, error);
    stopDailyBackups();
    stopEdition(store, log);
    throw new StartRefused(message);
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  log.log.info({ event: 'listening', port }, 'browser edition listening');
  const housekeeping = startUpHousekeeping(store, { log: warn });
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#${HTTP.codeParameter}=${launchCodes.issue()}`,
    origin,
    port,
    logFile: log.file,
    issueLaunchCode: () => launchCodes.issue(),
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          stopDailyBackups();
          // A full check or backup still running finishes first: closing under it would leave no clean marker.
          void housekeeping.finally(() => {
            stopEdition(store, log);
            resolve();
          });
        });
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
