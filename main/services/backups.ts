/**
 * Backups as the app sees them: where they go, when to warn, taking one now (verified, then the folder rotated),
 * and the daily one. The files and their checks are `main/backup/`'s.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  DEFAULT_BACKUP_WARN_DAYS,
  type BackupOverview,
  type BackupReason,
  type BackupRecord,
} from '../../shared/contract/backups';
import { calendarDayIn } from '../../shared/format/dates';
import { lastVerified, readCatalogue } from '../backup/catalogue';
import {
  assertUsableFolder,
  BACKUP_FOLDER_KEY,
  BACKUP_WARN_DAYS_KEY,
  backupFolderOf,
  customBackupFolder,
  dataDirOf,
  defaultBackupFolder,
} from '../backup/folder';
import { rotateFolder } from '../backup/prune';
import { takeBackup } from '../backup/take';
import { organisationTimeZone } from '../documents/time-zone';
import { DomainError } from '../errors';
import type { Store } from '../store/store';
import { anonymiseAfterMonths } from './privacy';
import { write, type Actor } from './unit-of-work';

const DAY_MS = 86_400_000;

export function backupWarnAfterDays(store: Store): number {
  const days = Number(store.settings.get(BACKUP_WARN_DAYS_KEY));
  return Number.isInteger(days) && days > 0 ? days : DEFAULT_BACKUP_WARN_DAYS;
}

export function backupOverview(store: Store): BackupOverview {
  const folder = backupFolderOf(store.db);
  // A record whose file has gone (deleted by hand, a disk swapped) is shown as such, never as a good backup.
  const backups = readCatalogue(folder).map((record) =>
    existsSync(join(folder, record.file))
      ? record
      : { ...record, status: 'failed' as const, problem: 'missing_file' as const },
  );
  const last = lastVerified(backups);
  const warnAfterDays = backupWarnAfterDays(store);
  const overdue = last === null || store.clock().getTime() - Date.parse(last.takenAt) > warnAfterDays * DAY_MS;
  return {
    folder,
    defaultFolder: defaultBackupFolder(dataDirOf(store.db)),
    customFolder: customBackupFolder(store.db),
    warnAfterDays,
    lastVerified: last,
    overdue,
    backups,
  };
}

/** A folder is taken only once proven usable; null puts backups back in the data folder's `backups`. */
export function saveBackupSettings(
  store: Store,
  actor: Actor,
  settings: { folder: string | null; warnAfterDays: number },
): BackupOverview {
  const folder = settings.folder === null ? null : resolve(settings.folder);
  if (settings.folder !== null) assertUsableFolder(settings.folder);
  write(store, actor, (tx) => {
    store.settings.set(BACKUP_FOLDER_KEY, folder ?? '');
    store.settings.set(BACKUP_WARN_DAYS_KEY, String(settings.warnAfterDays));
    tx.record('settings', 1, 'settings.backups_updated', {
      customFolder: folder !== null,
      warnAfterDays: settings.warnAfterDays,
    });
  });
  return backupOverview(store);
}

/**
 * A verified backup into the configured folder (or `folder`), then that folder's rotation. A copy that fails its
 * check is kept marked failed and refused here, so nobody takes it for a good one.
 */
export function backupNow(store: Store, reason: BackupReason, folder?: string): BackupRecord {
  const now = store.clock();
  let record: BackupRecord;
  try {
    record = takeBackup(store.db, { reason, folder, now });
  } catch (error) {
    // The copy met a damaged page of the live file: nothing more is written to it.
    if (error instanceof DomainError && error.code === 'database_damaged') store.writeGate.shut(error);
    throw error;
  }
  rotateFolder(folder ?? backupFolderOf(store.db), now, anonymiseAfterMonths(store), organisationTimeZone(store));
  if (record.status !== 'verified') {
    throw new DomainError('backup_verification_failed', {
      file: record.file,
      problem: `backups.problem.${record.problem ?? 'integrity'}`,
    });
  }
  return record;
}

/** The daily backup: skipped when the folder already holds a verified backup taken today. */
export function ensureTodaysBackup(store: Store, reason: BackupReason = 'daily'): BackupRecord | null {
  const zone = organisationTimeZone(store);
  const today = calendarDayIn(store.clock(), zone);
  const last = lastVerified(readCatalogue(backupFolderOf(store.db)));
  if (last && calendarDayIn(new Date(last.takenAt), zone) === today) return null;
  return backupNow(store, reason);
}
