import { DomainError } from '../errors';
import type { Db } from '../store/open';
import { takeBackup } from './take';

/**
 * The `beforeMigrate` hook of the places that open the live database: a verified backup of the database as it
 * is, before any migration touches it. If none can be made, the migration does not run.
 */
export function backupBeforeMigration(db: Db): void {
  const record = takeBackup(db, { reason: 'before_migration' });
  if (record.status !== 'verified') {
    throw new DomainError('backup_verification_failed', {
      file: record.file,
      problem: `backups.problem.${record.problem ?? 'integrity'}`,
    });
  }
}
