import Database from 'better-sqlite3';
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DomainError } from '../errors';
import { migrate, schemaVersion, type BeforeMigrate } from './migrate';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { takeCleanShutdownMarker } from './clean-shutdown';
import { headerProblem } from './header-check';
import { missingFromSchema } from './schema-check';
import { damagedError, openFailure, refuseUnusablePath, storageErrorFor, type StorageContext } from './storage-errors';

export type Db = Database.Database;

export interface OpenOptions extends StorageContext {
  /** Open for reading only (checks, statistics): never migrates, never writes. */
  readonly?: boolean;
  /** The compiled SQLite binding to load instead of better-sqlite3's own (Electron needs one built for its ABI). */
  nativeBinding?: string;
  /**
   * Called before pending migrations run on a database that already has a schema (not on a brand-new file), with
   * the version it is at and the one it will reach; if it throws, nothing is migrated. The callers pass the
   * verified backup here.
   */
  beforeMigrate?: BeforeMigrate;
}

const bindings = new WeakMap<Db, string>();

/** The binding a connection was opened with, so that a second connection to a copy (a backup) loads the same. */
export function nativeBindingOf(db: Db): string | undefined {
  return bindings.get(db);
}

function quickCheck(db: Db, path: string, context: StorageContext): void {
  let verdict: string;
  try {
    verdict = String(db.pragma('quick_check', { simple: true }));
  } catch (error) {
    throw storageErrorFor(error, path, context) ?? damagedError(path, (error as Error).message, context);
  }
  if (verdict !== 'ok') throw damagedError(path, verdict, context);
}

/** The checks of every open, which read a few pages only: the file's header, then (below) the schema. */
function cheapCheck(path: string, context: StorageContext): void {
  let problem: string | null;
  try {
    problem = headerProblem(path);
  } catch {
    return; // Unreadable or gone: SQLite's own open says why, with its own message.
  }
  if (problem) throw damagedError(path, problem, context);
}

function refuseIncompleteSchema(db: Db, path: string, options: OpenOptions): void {
  if (schemaVersion(db) !== SCHEMA_VERSION) return;
  const missing = missingFromSchema(db, options.nativeBinding);
  if (missing.length > 0) throw damagedError(path, `schema without ${missing.slice(0, 3).join(', ')}`, options);
}

/** A file Rebond never set up has nothing to check: say so rather than fail on its missing tables. */
function refuseUnmigrated(db: Db, path: string): void {
  const version = schemaVersion(db);
  if (version > SCHEMA_VERSION)
    throw new DomainError('database_too_new', { found: version, supported: SCHEMA_VERSION });
  if (version > 0) return;
  throw new DomainError(statSync(path).size === 0 ? 'database_empty' : 'database_not_migrated', { path });
}

function createFolder(path: string, context: StorageContext): void {
  const folder = dirname(path);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw storageErrorFor(error, folder, context) ?? error;
  }
}

/** An open database, and whether its file still owes the full check (it was not closed cleanly last time). */
export interface OpenedDatabase {
  db: Db;
  fullCheckDue: boolean;
}

/**
 * Opens the store: WAL, synchronous=FULL (records must survive a power cut), foreign keys, a busy timeout, then
 * pending migrations. Every open checks the header and the schema (a few pages); the full check, which reads the
 * whole file, runs before anything is written when the file was not closed cleanly last time: here, at once, or
 * with `deferFullCheck` left to the caller (`fullCheckDue`), which holds writes until it has passed. Whatever
 * stops it (a missing or read-only folder, a full disk, no permission, a damaged file) is refused with its own
 * translated error.
 */
export function openCheckedDatabase(
  path: string,
  options: OpenOptions & { deferFullCheck?: boolean; secondary?: boolean } = {},
): OpenedDatabase {
  const inMemory = path === ':memory:';
  const readonly = options.readonly ?? false;
  let closedCleanly = true;
  if (!inMemory) {
    refuseUnusablePath(path, { readonly });
    if (!readonly) createFolder(path, options);
    cheapCheck(path, options);
    // A second connection of a process that already holds the file (the API host's job workers) leaves the marker
    // and the full check to the host, which took them at its own open.
    if (!readonly && !options.secondary) closedCleanly = takeCleanShutdownMarker(path);
  }
  let db: Db;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly, nativeBinding: options.nativeBinding });
  } catch (error) {
    throw openFailure(error, path, options);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!readonly) {
      if (!inMemory) db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('secure_delete = ON'); // deleted rows are overwritten with zeros, not left readable in free space
    }
    db.pragma('foreign_keys = ON');
    if (options.nativeBinding) bindings.set(db, options.nativeBinding);
    // A migration writes: after an unclean shutdown it waits for the full check, whoever asked to defer it.
    const migrating = !readonly && schemaVersion(db) < SCHEMA_VERSION;
    let fullCheckDue = !closedCleanly;
    if (fullCheckDue && (migrating || !options.deferFullCheck)) {
      quickCheck(db, path, options);
      fullCheckDue = false;
    }
    if (readonly) refuseUnmigrated(db, path);
    else migrate(db, MIGRATIONS, { beforeMigrate: options.beforeMigrate });
    refuseIncompleteSchema(db, path, options);
    return { db, fullCheckDue };
  } catch (error) {
    db.close();
    if (error instanceof DomainError) throw error;
    throw storageErrorFor(error, path, options) ?? error;
  }
}

/** Opens the database, running the full check at once if the file was not closed cleanly (see openCheckedDatabase). */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  return openCheckedDatabase(path, options).db;
}
