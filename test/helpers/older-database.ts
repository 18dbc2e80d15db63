/**
 * Databases as an older Rebond left them: migrated only up to a version, then filled with the rows of a newer
 * database that fit (the tables and columns that exist at that version), for the upgrade tests.
 */
import Database from 'better-sqlite3';
import { migrate } from '../../main/store/migrate';
import { MIGRATIONS } from '../../main/store/migrations';

type Db = Database.Database;

/** A new file at `version`, through the first migrations only (foreign keys on, as Rebond opens it). */
export function databaseAtVersion(path: string, version: number): Db {
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, version));
  return db;
}

/** Tables that triggers on `devices` keep, never written directly (migration 0008 fills it from the rows there). */
export const DERIVED_TABLES: readonly string[] = ['device_counts'];

/**
 * Tables that hold rows of their own: not SQLite's, not a full-text index or its shadow tables, not a table of
 * counts (triggers fill those).
 */
export function dataTables(db: Db, schema = 'main'): string[] {
  const rows = db.prepare(`SELECT name, sql FROM ${schema}.sqlite_schema WHERE type = 'table' ORDER BY name`).all() as {
    name: string;
    sql: string;
  }[];
  const virtual = rows.filter((row) => /^CREATE VIRTUAL TABLE/i.test(row.sql)).map((row) => row.name);
  return rows
    .map((row) => row.name)
    .filter(
      (name) => !name.startsWith('sqlite_') && !virtual.some((table) => name === table || name.startsWith(`${table}_`)),
    )
    .filter((name) => !DERIVED_TABLES.includes(name));
}

export function columnsOf(db: Db, table: string, schema = 'main'): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?, ?)`).all(table, schema) as { name: string }[]).map(
    (row) => row.name,
  );
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The columns of `table` in both databases, quoted and listed for SQL. */
export function commonColumns(db: Db, table: string, other: string): string {
  const theirs = new Set(columnsOf(db, table, other));
  return columnsOf(db, table)
    .filter((column) => theirs.has(column))
    .map(quoted)
    .join(', ');
}

/**
 * Copies into `db`, table by table and column by column, the rows of the database at `sourcePath` that its
 * schema can hold; references are checked once at the end (deferred). Returns the tables copied.
 */
export function copyRowsFrom(db: Db, sourcePath: string): string[] {
  db.prepare('ATTACH DATABASE ? AS source').run(sourcePath);
  try {
    const theirs = new Set(dataTables(db, 'source'));
    const tables = dataTables(db).filter((table) => theirs.has(table));
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      for (const table of tables) {
        const columns = commonColumns(db, table, 'source');
        db.exec(`INSERT INTO main.${quoted(table)} (${columns}) SELECT ${columns} FROM source.${quoted(table)}`);
      }
    })();
    return tables;
  } finally {
    db.exec('DETACH DATABASE source');
  }
}
