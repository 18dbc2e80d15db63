import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { DomainError } from '../errors';
import type { Db } from '../store/open';

/** The settings keys of backups: where they go (absent for the default) and after how many days to warn. */
export const BACKUP_FOLDER_KEY = 'backupFolder';
export const BACKUP_WARN_DAYS_KEY = 'backupWarnAfterDays';

/** The data folder of an open database: its file's folder. */
export function dataDirOf(db: Db): string {
  return dirname(db.name);
}

export function defaultBackupFolder(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** Read on the raw connection, so it works before migrations and on a read-only check. */
export function customBackupFolder(db: Db): string | null {
  try {
    const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(BACKUP_FOLDER_KEY);
    return typeof value === 'string' && value !== '' ? value : null;
  } catch {
    return null;
  }
}

export function backupFolderOf(db: Db): string {
  return customBackupFolder(db) ?? defaultBackupFolder(dataDirOf(db));
}

/**
 * A folder backups may be written to: an absolute path to an existing folder where a file can be written. An
 * administrator's folder (another disk, a network share) is never created: a share that is not mounted must show.
 */
export function assertUsableFolder(folder: string): void {
  if (!isAbsolute(folder)) throw new DomainError('backup_folder_not_absolute', { folder }, 'folder');
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new DomainError('backup_folder_missing', { folder }, 'folder');
  const probe = join(folder, `.rebond-write-test-${randomBytes(4).toString('hex')}`);
  try {
    writeFileSync(probe, 'rebond');
    rmSync(probe, { force: true });
  } catch (error) {
    throw new DomainError('backup_folder_not_writable', { folder, detail: (error as Error).message }, 'folder');
  }
}

/** The default folder is created when missing (for this user only: backups hold personal data); any other must already exist. */
export function prepareFolder(folder: string, dataDir: string): void {
  if (resolve(folder) === resolve(defaultBackupFolder(dataDir))) mkdirSync(folder, { recursive: true, mode: 0o700 });
  assertUsableFolder(folder);
}
