/**
 * Rebond's log: one JSON line per event in `<data dir>/logs/rebond.log`, rotated by size, written by pino for the
 * browser edition, the CLI and the desktop shell alike. It records start-up, shutdown, refusals at start-up and
 * every internal error with the reference the user was shown. It never records a call's input, and the keys that
 * could carry a secret or a person's details are redacted whatever logs them.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { rotatingFile, type RotatingFile } from './rotating-file';

export const LOG_FOLDER = 'logs';
export const LOG_FILE = 'rebond.log';
/** A file past this size is rotated to `rebond.1.log`, the older ones shifted up to `rebond.5.log` and then dropped. */
export const LOG_MAX_BYTES = 5 * 1024 * 1024;
export const LOG_KEPT_FILES = 5;

/** Keys never written, at the top level or one level down: secrets, and anything that can name a person. */
export const REDACTED_KEYS = [
  'token',
  'pin',
  'puk',
  'password',
  'secret',
  'cookie',
  'authorization',
  'headers',
  'input',
  'body',
  'url',
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'address',
  'guardianName',
  'reference',
] as const;

export type Log = pino.Logger;
export type Edition = 'web' | 'cli' | 'desktop' | 'hub';

export interface OpenedLog {
  log: Log;
  /** The file written, or null when the data folder has none (missing or read-only): then nothing is logged. */
  file: string | null;
  close: () => void;
}

function loggerTo(stream: pino.DestinationStream | null, edition: Edition): Log {
  return pino(
    {
      enabled: stream !== null,
      base: { edition, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`]), censor: '[redacted]' },
    },
    stream ?? undefined,
  );
}

/**
 * The log of a data folder. It writes synchronously, so what is logged just before a refusal that ends the
 * process is on disk. A data folder that does not exist is never created for the log (a mistyped `--data-dir`
 * must not leave a folder behind); a folder where the log cannot be written gives a log that writes nothing.
 */
export function openLog(dataDir: string, edition: Edition): OpenedLog {
  if (!existsSync(dataDir)) return { log: loggerTo(null, edition), file: null, close: () => undefined };
  const folder = join(dataDir, LOG_FOLDER);
  let file: RotatingFile;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    file = rotatingFile(join(folder, LOG_FILE), LOG_MAX_BYTES, LOG_KEPT_FILES);
  } catch {
    return { log: loggerTo(null, edition), file: null, close: () => undefined };
  }
  return { log: loggerTo(file, edition), file: file.path, close: () => file.close() };
}

/** A log that writes nothing, for tests and tools that have no data folder. */
export function silentLog(edition: Edition = 'cli'): Log {
  return loggerTo(null, edition);
}
