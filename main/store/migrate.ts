import type { Database } from 'better-sqlite3';
import { DomainError } from '../errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { Migration } from './migrations/migration';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the schema up to date in one transaction; a database from a newer Rebond is refused untouched. */
export function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
  beforeMigrate?: (db: Database, fromVersion: number, toVersion: number) => void,
): number {
  const current = schemaVersion(db);
  const supported = migrations.length;
  if (current > supported) {
    throw new DomainError('database_too_new', { found: current, supported });
  }
  const pending = migrations.slice(current);
  if (pending.length === 0) return current;
  if (current > 0) beforeMigrate?.(db, current, supported);
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
  return schemaVersion(db);
}

export { SCHEMA_VERSION };
