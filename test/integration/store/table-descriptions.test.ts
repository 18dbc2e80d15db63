import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/store/migrate';
import { MIGRATIONS } from '../../../main/store/migrations';
import { pragmaRows } from '../../../main/store/pragmas';
import { TABLES, type TableName } from '../../../main/store/tables';

/**
 * `main/store/tables/` is where the repositories' row types come from: it must say what the migrations create.
 * Each column is compared by name, order, SQLite type and whether it may be NULL, after every migration has run.
 */
type Db = Database.Database;

function migrated(): Db {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS);
  return db;
}

/** Ordinary tables; an FTS5 index's virtual table and its shadow tables belong to SQLite. */
function tablesOf(db: Db): string[] {
  const rows = db
    .prepare<[], { name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all();
  const virtual = rows.filter((row) => /^CREATE VIRTUAL TABLE/i.test(row.sql)).map((row) => row.name);
  return rows
    .map((row) => row.name)
    .filter((name) => !virtual.some((owner) => name === owner || name.startsWith(`${owner}_`)));
}

/** Each column as `name TYPE [NULL]`, in the schema's order. */
function columnsOf(db: Db, table: string): string[] {
  const columns = pragmaRows(db, 'table_info', table);
  const primaryKeyColumns = columns.filter((column) => column.pk > 0).length;
  return columns.map((column) => {
    // A lone INTEGER PRIMARY KEY is the rowid: never NULL, although the PRAGMA does not say NOT NULL.
    const rowid = column.pk > 0 && primaryKeyColumns === 1 && column.type === 'INTEGER';
    return `${column.name} ${column.type}${column.notnull === 0 && !rowid ? ' NULL' : ''}`;
  });
}

function declaredColumns(table: TableName): string[] {
  return Object.entries(TABLES[table]).map(
    ([name, column]) => `${name} ${column.sql}${column.nullable ? ' NULL' : ''}`,
  );
}

/** Where the descriptions and a database's schema disagree, in words; empty when they agree. */
function disagreements(db: Db): string[] {
  const found: string[] = [];
  const tables = tablesOf(db);
  const declared = Object.keys(TABLES) as TableName[];
  for (const table of tables) if (!(table in TABLES)) found.push(`${table}: not described`);
  for (const table of declared) {
    if (!tables.includes(table)) {
      found.push(`${table}: described, not in the schema`);
      continue;
    }
    const real = columnsOf(db, table).join(', ');
    const written = declaredColumns(table).join(', ');
    if (real !== written) found.push(`${table}: schema has (${real}), description says (${written})`);
  }
  return found;
}

describe('table descriptions', () => {
  it('say what every migration together creates', () => {
    const db = migrated();
    try {
      expect(disagreements(db)).toEqual([]);
      expect(Object.keys(TABLES).length).toBeGreaterThan(30);
    } finally {
      db.close();
    }
  });

  it('are found wrong when a column, a NULL or a table differs', () => {
    const db = migrated();
    try {
      db.exec(`ALTER TABLE settings ADD COLUMN note TEXT;
        CREATE TABLE sequences_new (name TEXT NOT NULL PRIMARY KEY, next INTEGER);
        DROP TABLE sequences; ALTER TABLE sequences_new RENAME TO sequences;
        CREATE TABLE desks (id INTEGER PRIMARY KEY)`);
      expect(disagreements(db)).toEqual([
        'desks: not described',
        'sequences: schema has (name TEXT, next INTEGER NULL), description says (name TEXT, next INTEGER)',
        'settings: schema has (key TEXT, value TEXT, note TEXT NULL), description says (key TEXT, value TEXT)',
      ]);
    } finally {
      db.close();
    }
  });
});
