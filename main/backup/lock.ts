import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { DomainError } from '../errors';

const IN_USE = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);

/**
 * Runs `work` while this process holds the database file exclusively, which proves no Rebond (app, browser
 * edition, command) has it open: each of those keeps a shared lock for as long as its connection is open.
 * Refused with `database_in_use` otherwise. A file SQLite cannot read at all is nobody's working database: `work`
 * runs without the lock. A missing file has nothing to lock.
 */
export function withDatabaseUnused<T>(
  path: string,
  work: (db: Database.Database | null) => T,
  nativeBinding?: string,
): T {
  if (!existsSync(path)) return work(null);
  const db = new Database(path, { fileMustExist: true, nativeBinding });
  try {
    db.pragma('busy_timeout = 250');
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE');
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (IN_USE.has(code)) throw new DomainError('database_in_use', { path });
      return work(null);
    }
    try {
      return work(db);
    } finally {
      db.exec('ROLLBACK');
    }
  } finally {
    db.close();
  }
}
