/**
 * How each edition (browser, desktop) opens its data folder: the store, then the log; a refusal comes back as the
 * message to show, in the user's language, and is logged when the folder can hold a log. Never a stack trace.
 */
import { translate, type Lang } from '../../shared/i18n';
import { errorMessage } from '../../shared/error-messages';
import { DomainError } from '../errors';
import type { Store } from '../store/store';
import { errorReference, logInternalErrors } from './internal-errors';
import { withBackupAdvice } from './last-backup';
import { openLog, type Edition, type OpenedLog } from './log';

export type StartUp = { ok: true; store: Store; log: OpenedLog } | { ok: false; message: string };

/** The message an internal error is shown with: its reference, and where the log is when there is one. */
export function internalErrorMessage(lang: Lang, ref: string, logFile: string | null): string {
  const message = errorMessage(lang, 'internal_error', { ref });
  return logFile ? `${message} ${translate(lang, 'log.seeLog', { file: logFile, ref })}` : message;
}

/** Logs a refusal at start-up and gives the message that explains it. */
export function refuseStart(log: OpenedLog, lang: Lang, error: unknown): string {
  if (error instanceof DomainError) {
    log.log.warn({ event: 'start_refused', code: error.code, params: error.params }, 'start-up refused');
    return errorMessage(lang, error.code, error.params);
  }
  const ref = errorReference();
  logInternalErrors(log.log)(ref, 'start-up', error);
  return internalErrorMessage(lang, ref, log.file);
}

export function startEdition(dataDir: string, edition: Edition, lang: Lang, open: (dataDir: string) => Store): StartUp {
  let store: Store;
  try {
    store = open(dataDir);
  } catch (error) {
    const log = openLog(dataDir, edition);
    const message = refuseStart(log, lang, withBackupAdvice(error, dataDir));
    log.close();
    return { ok: false, message };
  }
  const log = openLog(dataDir, edition);
  log.log.info(
    { event: 'start', dataDir, schema: store.db.pragma('user_version', { simple: true }) },
    'Rebond started',
  );
  return { ok: true, store, log };
}

/** Logs the shutdown and closes the store, then the log. */
export function stopEdition(store: Store, log: OpenedLog): void {
  try {
    store.close();
  } finally {
    log.log.info({ event: 'stop' }, 'Rebond stopped');
    log.close();
  }
}
