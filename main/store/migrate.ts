import type { Database } from 'better-sqlite3';
import { DomainError } from '../errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { Migration } from './migrations/migration';
import { pragmaRows, pragmaValue } from './pragmas';

/**
 * Called once before the pending migrations of a database that already has a schema (never for a brand-new one),
 * for example to take a verified backup. If it throws, nothing is migrated.
 */
export type BeforeMigrate = (db: Database, fromVersion: number, toVersion: number) => void;

export interface MigrateOptions {
  beforeMigrate?: BeforeMigrate;
}

/** How a migration is named to people: « 0003-lending ». */
export function migrationLabel(migration: Pick<Migration, 'version' | 'name'>): string {
  return `${String(migration.version).padStart(4, '0')}-${migration.name}`;
}

export function schemaVersion(db: Database): number {
  return pragmaValue(db, 'user_version');
}

function failed(migration: Migration, error: unknown): DomainError {
  if (error instanceof DomainError && error.code === 'migration_failed') return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new DomainError('migration_failed', { migration: migrationLabel(migration), detail });
}

/** After a rebuild, every reference must still find its row: SQLite did not check them while the tables moved. */
function refuseBrokenReferences(db: Database, migration: Migration): void {
  const problems = pragmaRows(db, 'foreign_key_check');
  const first = problems[0];
  if (!first) return;
  throw new DomainError('migration_failed', {
    migration: migrationLabel(migration),
    detail: `PRAGMA foreign_key_check: first broken reference in ${first.table} (rowid ${first.rowid ?? '-'}) to ${first.parent}, ${problems.length} in all`,
  });
}

function run(db: Database, migration: Migration): void {
  try {
    db.exec(migration.sql);
    if (migration.rebuildsTables) refuseBrokenReferences(db, migration);
    db.pragma(`user_version = ${migration.version}`);
  } catch (error) {
    throw failed(migration, error);
  }
}

/** SQLite ignores `PRAGMA foreign_keys` inside a transaction, so it is turned off before the one that rebuilds. */
function withoutForeignKeys(db: Database, first: Migration, body: () => void): void {
  const before = pragmaValue(db, 'foreign_keys');
  db.pragma('foreign_keys = OFF');
  try {
    if (db.pragma('foreign_keys', { simple: true }) !== 0) {
      throw failed(first, new Error('foreign keys could not be turned off: a transaction is already open'));
    }
    body();
  } finally {
    db.pragma(`foreign_keys = ${before ? 'ON' : 'OFF'}`);
  }
}

/**
 * Brings the schema up to date in one transaction, all pending migrations or none; a database from a newer Rebond
 * is refused untouched. A failing migration is reported as `migration_failed`, naming it.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
  options: MigrateOptions = {},
): number {
  const current = schemaVersion(db);
  const supported = migrations.length;
  if (current > supported) {
    throw new DomainError('database_too_new', { found: current, supported });
  }
  const pending = migrations.slice(current);
  const first = pending[0];
  if (!first) return current;
  if (current >= 1 && options.beforeMigrate) {
    try {
      options.beforeMigrate(db, current, supported);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw failed(first, error);
    }
  }
  const apply = db.transaction(() => {
    for (const migration of pending) run(db, migration);
  });
  if (pending.some((migration) => migration.rebuildsTables)) withoutForeignKeys(db, first, () => apply());
  else apply();
  return schemaVersion(db);
}

export { SCHEMA_VERSION };
