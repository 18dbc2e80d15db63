/** `rebond hub --data-dir DIR [--listen ADDR:PORT]`: the services headless, for every desk of the site, over HTTPS. */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseWholeNumber, valueOrNull } from '../../shared/format';
import { parseListen } from '../platform/listen-address';
import { DEFAULT_LANG, isLang, translate, type Lang } from '../../shared/i18n';
import { startApiWorker } from '../api-host/worker-transport';
import { defaultDataDir } from '../platform/data-dir';
import { errorReference, reportToStderr, type InternalErrorReport } from '../platform/internal-errors';
import { internalErrorMessage } from '../platform/start-up';
import { StartRefused } from '../web/serve';
import { hubCertificate } from './certificate';
import { createHubServer } from './hub-server';
import { PairingCodes, type PairingCode } from './pairing-codes';

const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
export const DEFAULT_LISTEN = '0.0.0.0:8443';
export const DEFAULT_LOCK_AFTER_MIN = 15;

export interface HubOptions {
  dataDir: string;
  host: string;
  port: number;
  lang?: Lang;
  certificate?: { certFile: string; keyFile: string };
  lockAfterMs?: number;
  staticDir?: string;
  /** The SQLite binding to load (the desktop app acting as hub loads the one built for Electron). */
  nativeBinding?: string;
  /** Where the hub's console lines go (the address, the fingerprint, each new pairing code). */
  say?: (line: string) => void;
}

export interface RunningHub {
  origin: string;
  port: number;
  fingerprint: string;
  certificate: string;
  /** The pairing code shown now (tests read it as a person reads the console). */
  pairingCode: () => PairingCode;
  liveStreams: () => number;
  close: () => Promise<void>;
}

export { parseListen } from '../platform/listen-address';

export async function startHub(options: HubOptions): Promise<RunningHub> {
  const lang = options.lang ?? DEFAULT_LANG;
  const say = options.say ?? ((line: string) => console.log(line));
  const certificate = await hubCertificate(options.dataDir, options.host, options.certificate).catch(
    (error: unknown) => {
      throw new StartRefused(
        translate(lang, 'hub.certificateUnreadable', {
          file: (error as NodeJS.ErrnoException).path ?? options.dataDir,
        }),
      );
    },
  );
  const worker = startApiWorker(
    {
      dataDir: options.dataDir,
      edition: 'hub',
      lang,
      ...(options.nativeBinding !== undefined ? { nativeBinding: options.nativeBinding } : {}),
    },
    (reason) => console.error(translate(lang, 'apiHost.stopped', { reason })),
  );
  const started = await worker.client.started;
  if (started.op === 'refused') {
    await worker.ended;
    throw new StartRefused(started.message);
  }
  const { client } = worker;
  const reportInternal: InternalErrorReport = (ref, where, error) => {
    if (client.gone !== null) reportToStderr(ref, where, error);
    else
      client.log(
        'error',
        { event: 'internal_error', ref, where, err: error instanceof Error ? error : new Error(String(error)) },
        'internal error',
      );
  };
  const timeOf = (at: Date) => `${at.toISOString().slice(11, 16)} UTC`;
  const announce = (code: PairingCode) =>
    say(translate(lang, 'hub.pairingCode', { code: code.code, until: timeOf(code.expiresAt) }));
  const pairing = new PairingCodes(announce);
  // A code that lapses unused is replaced and printed, so the console always shows one that works.
  const rotation = setInterval(() => pairing.show(), 30_000);
  rotation.unref();
  const { server, live } = createHubServer({
    tls: certificate,
    host: client,
    pairing,
    staticDir: options.staticDir ?? RENDERER_DIR,
    lockAfterMs: options.lockAfterMs ?? DEFAULT_LOCK_AFTER_MIN * 60_000,
    reportInternal,
  });
  const stopHost = async () => {
    client.stop();
    await worker.ended;
  };
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    const ref = errorReference();
    client.log(
      inUse ? 'warn' : 'error',
      { event: 'start_refused', code: (error as NodeJS.ErrnoException).code, ref },
      'start-up refused',
    );
    await stopHost();
    clearInterval(rotation);
    throw new StartRefused(
      inUse
        ? translate(lang, 'startup.portInUse', { port: String(options.port) })
        : internalErrorMessage(lang, ref, started.logFile),
    );
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shown = options.host.includes(':') ? `[${options.host}]:${port}` : `${options.host}:${port}`;
  client.log('info', { event: 'listening', address: shown, fingerprint: certificate.fingerprint }, 'hub listening');
  if (certificate.created) say(translate(lang, 'hub.certificateCreated', { file: certificate.file }));
  say(translate(lang, 'hub.listening', { address: shown }));
  say(translate(lang, 'hub.fingerprint', { fingerprint: certificate.fingerprint }));
  announce(pairing.show());
  return {
    origin: `https://${shown}`,
    port,
    fingerprint: certificate.fingerprint,
    certificate: certificate.cert,
    pairingCode: () => pairing.show(),
    liveStreams: () => live.size,
    close: () =>
      new Promise((resolve) => {
        clearInterval(rotation);
        live.close();
        server.close(() => void stopHost().then(resolve));
        server.closeAllConnections();
      }),
  };
}

/** The hub's options; an unknown or malformed one is refused in words. */
function hubOptions(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        'data-dir': { type: 'string' },
        listen: { type: 'string', default: DEFAULT_LISTEN },
        cert: { type: 'string' },
        key: { type: 'string' },
        'lock-after': { type: 'string', default: String(DEFAULT_LOCK_AFTER_MIN) },
        lang: { type: 'string', default: DEFAULT_LANG },
      },
    }).values;
  } catch (error) {
    console.error(translate(DEFAULT_LANG, 'cli.badOption', { detail: (error as Error).message }));
    return null;
  }
}

/** The command: parses its options, starts the hub, stops it cleanly on SIGINT or SIGTERM (systemd's stop). */
export async function hubMain(argv: readonly string[]): Promise<number> {
  const values = hubOptions(argv);
  if (!values) return 2;
  const lang = isLang(values.lang) ? values.lang : DEFAULT_LANG;
  const listen = parseListen(values.listen);
  if (!listen) {
    console.error(translate(lang, 'hub.badListen', { value: values.listen }));
    return 2;
  }
  if ((values.cert === undefined) !== (values.key === undefined)) {
    console.error(translate(lang, 'hub.certificatePair'));
    return 2;
  }
  const lockAfter = valueOrNull(parseWholeNumber(values['lock-after']));
  if (lockAfter === null || lockAfter < 1 || lockAfter > 24 * 60) {
    console.error(
      translate(lang, 'cli.badNumber', { option: 'lock-after', min: 1, max: 24 * 60, value: values['lock-after'] }),
    );
    return 2;
  }
  let running: RunningHub;
  try {
    running = await startHub({
      dataDir: values['data-dir'] ?? defaultDataDir(),
      ...listen,
      lang,
      lockAfterMs: lockAfter * 60_000,
      ...(values.cert !== undefined && values.key !== undefined
        ? { certificate: { certFile: values.cert, keyFile: values.key } }
        : {}),
    });
  } catch (error) {
    console.error(error instanceof StartRefused ? error.message : internalErrorMessage(lang, errorReference(), null));
    return 1;
  }
  return new Promise<number>((resolve) => {
    const stop = () => void running.close().then(() => resolve(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
