import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DomainError } from '../errors';
import { migrate, schemaVersion } from './migrate';
import { SCHEMA_VERSION } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Open for reading only (checks, statistics): never migrates, never writes. */
  readonly?: boolean;
  /** The compiled SQLite binding to load instead of better-sqlite3's own (Electron needs one built for its ABI). */
  nativeBinding?: string;
  /** Called before pending migrations run on an existing database (a verified backup is taken there). */
  beforeMigrate?: (db: Db, fromVersion: number, toVersion: number) => void;
}

const bindings = new WeakMap<Db, string>();

/** The binding a connection was opened with, so that a second connection to a copy (a backup) loads the same. */
export function nativeBindingOf(db: Db): string | undefined {
  return bindings.get(db);
}

function quickCheck(db: Db, path: string): void {
  let verdict: string;
  try {
    verdict = String(db.pragma('quick_check', { simple: true }));
  } catch (error) {
    verdict = (error as Error).message;
  }
  if (verdict !== 'ok') throw new DomainError('database_damaged', { path, detail: verdict });
}

/**
 * Opens the store: WAL, synchronous=FULL (records must survive a power cut), foreign keys, a busy timeout,
 * a quick integrity check before anything is written, then pending migrations.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const inMemory = path === ':memory:';
  if (!inMemory && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      nativeBinding: options.nativeBinding,
    });
  } catch (error) {
    if (options.readonly && !existsSync(path)) throw error;
    throw new DomainError('database_damaged', { path, detail: (error as Error).message });
  }
  try {
    db.pragma('busy_timeout = 5000');
    quickCheck(db, path);
    if (!options.readonly) {
      if (!inMemory) db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    if (options.nativeBinding) bindings.set(db, options.nativeBinding);
    if (!options.readonly) migrate(db, undefined, options.beforeMigrate);
    else if (schemaVersion(db) > SCHEMA_VERSION) {
      throw new DomainError('database_too_new', { found: schemaVersion(db), supported: SCHEMA_VERSION });
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof DomainError) throw error;
    throw new DomainError('database_damaged', { path, detail: (error as Error).message });
  }
}
