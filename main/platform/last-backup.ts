import { DomainError } from '../errors';

/**
 * The last verified backup of a data folder (its file), named in the advice when the database is damaged.
 * The backups (`<data dir>/backups` and its catalogue) are built apart: until they are wired in here, no backup is
 * known and the advice says so.
 */
export function lastVerifiedBackupOf(_dataDir: string): string | undefined {
  return undefined;
}

/** A damaged-database refusal that names the backup to restore when there is one; any other error as it is. */
export function withBackupAdvice(error: unknown, dataDir: string, lastVerifiedBackup = lastVerifiedBackupOf): unknown {
  if (!(error instanceof DomainError) || error.code !== 'database_damaged') return error;
  const backup = lastVerifiedBackup(dataDir);
  return backup ? new DomainError('database_damaged_backup', { ...error.params, backup }) : error;
}
