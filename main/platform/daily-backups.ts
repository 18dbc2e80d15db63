import { DEFAULT_LANG } from '../../shared/i18n';
import { errorMessage } from '../../shared/error-messages';
import { DomainError } from '../errors';
import { backupNow, ensureTodaysBackup } from '../services/backups';
import type { Store } from '../store/store';

const HOUR_MS = 60 * 60 * 1000;

export function describeBackupError(error: unknown): string {
  return error instanceof DomainError
    ? errorMessage(DEFAULT_LANG, error.code, error.params)
    : String((error as Error).stack ?? error);
}

/** The start-up backup: a failure is logged, never a reason not to start (the dashboard then warns). */
export function startupBackup(store: Store, log: (line: string) => void): void {
  try {
    backupNow(store, 'startup');
  } catch (error) {
    log(`Rebond: backup at start-up failed: ${describeBackupError(error)}`);
  }
}

/**
 * While the app runs: every hour, a backup if none verified was taken today, after `checkFirst` (the day's full
 * check of the live file, in the background) when given; a failed check takes no backup. Returns the function
 * that stops it (call it before closing the store).
 */
export function scheduleDailyBackups(
  store: Store,
  log: (line: string) => void = console.error,
  everyMs = HOUR_MS,
  checkFirst?: () => Promise<boolean>,
): () => void {
  const backup = () => {
    if (!store.db.open) return;
    try {
      ensureTodaysBackup(store);
    } catch (error) {
      log(`Rebond: daily backup failed: ${describeBackupError(error)}`);
    }
  };
  const timer = setInterval(() => {
    if (!store.db.open) return;
    if (!checkFirst) return backup();
    void checkFirst().then((ok) => {
      if (ok) backup();
    });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
