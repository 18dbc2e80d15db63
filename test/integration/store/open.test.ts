import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/errors';
import { SCHEMA_VERSION } from '../../../main/store/migrations';
import { openDatabase } from '../../../main/store/open';
import { tempDir, removeAll } from '../../helpers/api';

const dirs: { remove: () => void }[] = [];
afterEach(() => removeAll(dirs));

function freshPath(): string {
  const dir = tempDir();
  dirs.push(dir);
  return join(dir.path, 'data', 'rebond.sqlite');
}

describe('opening the store', () => {
  it('creates the file with WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const db = openDatabase(freshPath());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database from a newer Rebond, with a named error, and leaves it untouched', () => {
    const path = freshPath();
    openDatabase(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    const before = readFileSync(path);
    let caught: unknown;
    try {
      openDatabase(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe('database_too_new');
    expect((caught as DomainError).params).toEqual({ found: SCHEMA_VERSION + 5, supported: SCHEMA_VERSION });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('reports a damaged file clearly and never writes to it', () => {
    const path = freshPath();
    const db = openDatabase(path);
    db.exec(`CREATE TABLE filler (x TEXT);
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
      INSERT INTO filler SELECT hex(randomblob(500)) FROM n;`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(path);
    // Scribble over the middle pages, as a failing disk would.
    bytes.fill(0x5a, 8192, 40960);
    writeFileSync(path, bytes);
    let caught: unknown;
    try {
      openDatabase(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe('database_damaged');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses a file that is not a database at all', () => {
    const path = freshPath();
    openDatabase(path).close();
    writeFileSync(path, 'this is a shopping list, not a database'.repeat(200));
    expect(() => openDatabase(path)).toThrowError(DomainError);
  });
});
