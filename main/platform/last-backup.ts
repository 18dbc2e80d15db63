import { join } from 'node:path';
import { lastVerified, readCatalogue } from '../backup/catalogue';
import { defaultBackupFolder } from '../backup/folder';
import { DomainError } from '../errors';

/**
 * The last verified backup of a data folder (its path), named in the advice when the database is damaged. A damaged
 * database cannot say which folder an administrator chose, so this reads the catalogue of the default one.
 */
export function lastVerifiedBackupOf(dataDir: string): string | undefined {
  const folder = defaultBackupFolder(dataDir);
  const record = lastVerified(readCatalogue(folder));
  return record ? join(folder, record.file) : undefined;
}

/** A damaged-database refusal that names the backup to restore when there is one; any other error as it is. */
export function withBackupAdvice(error: unknown, dataDir: string, lastVerifiedBackup = lastVerifiedBackupOf): unknown {
  if (!(error instanceof DomainError) || error.code !== 'database_damaged') return error;
  const backup = lastVerifiedBackup(dataDir);
  return backup ? new DomainError('database_damaged_backup', { ...error.params, backup }) : error;
}
