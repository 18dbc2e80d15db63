/**
 * What went wrong with the data folder or its database file, read from the SQLite or Node error code, and the
 * translated DomainError that says what to do about it. Only real damage (SQLITE_NOTADB, SQLITE_CORRUPT, a failed
 * integrity check) is called damaged.
 */
import Database from 'better-sqlite3';
import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DomainError } from '../errors';

export type StorageFault =
  | 'read_only'
  | 'disk_full'
  | 'missing'
  | 'permission'
  | 'damaged'
  | 'not_a_file'
  | 'moved'
  | 'unclear';

const NODE_FAULTS: Record<string, StorageFault> = {
  EROFS: 'read_only',
  ENOSPC: 'disk_full',
  EDQUOT: 'disk_full',
  ENOENT: 'missing',
  ENOTDIR: 'missing',
  EACCES: 'permission',
  EPERM: 'permission',
  EISDIR: 'not_a_file',
};

function codeOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * The fault an error code means, or null when the error is not about storage (a bug, a broken rule).
 * better-sqlite3 reports SQLite's extended codes (`SQLITE_READONLY_DIRECTORY`, `SQLITE_IOERR_READ`, ...).
 * SQLITE_CANTOPEN and SQLITE_IOERR do not say why: they are `unclear`, and `probeDataPath` finds out.
 */
export function classifyStorageError(error: unknown): StorageFault | null {
  const code = codeOf(error);
  if (code === null) return null;
  if (code === 'SQLITE_READONLY_DBMOVED') return 'moved';
  if (code.startsWith('SQLITE_READONLY')) return 'read_only';
  if (code === 'SQLITE_FULL') return 'disk_full';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'damaged';
  if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'permission';
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) return 'unclear';
  return NODE_FAULTS[code] ?? null;
}

/** An error SQLite itself raised (its code is SQLite's), as opposed to one from Rebond's own code. */
export function isSqliteError(error: unknown): boolean {
  return error instanceof Database.SqliteError;
}

/** What the file system says about a database path, looked at when an error code alone does not tell. */
export type PathState =
  | 'folder_missing'
  | 'folder_not_a_folder'
  | 'not_a_file'
  | 'unreadable'
  | 'read_only'
  | 'file_missing'
  | 'usable';

function errnoOf(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    return codeOf(error) ?? 'EIO';
  }
}

export function probeDataPath(path: string): PathState {
  const dir = dirname(path);
  let folderIsDirectory = false;
  const folderProblem = errnoOf(() => {
    folderIsDirectory = statSync(dir).isDirectory();
  });
  if (folderProblem === 'ENOENT' || folderProblem === 'ENOTDIR') return 'folder_missing';
  if (folderProblem) return 'unreadable';
  if (!folderIsDirectory) return 'folder_not_a_folder';
  if (errnoOf(() => accessSync(dir, constants.R_OK | constants.X_OK))) return 'unreadable';
  let fileIsFile = false;
  const fileProblem = errnoOf(() => {
    fileIsFile = statSync(path).isFile();
  });
  if (fileProblem && fileProblem !== 'ENOENT') return 'unreadable';
  if (!fileProblem && !fileIsFile) return 'not_a_file';
  if (!fileProblem && errnoOf(() => accessSync(path, constants.R_OK))) return 'unreadable';
  if (errnoOf(() => accessSync(dir, constants.W_OK))) return 'read_only';
  if (!fileProblem && errnoOf(() => accessSync(path, constants.W_OK))) return 'read_only';
  return fileProblem ? 'file_missing' : 'usable';
}

export interface StorageContext {
  /** The last verified backup, named in the advice when the file is damaged. */
  lastVerifiedBackup?: (() => string | undefined) | undefined;
}

/** The damaged-file error, naming the last verified backup to restore when one is known. */
export function damagedError(path: string, detail: string, context: StorageContext = {}): DomainError {
  const backup = context.lastVerifiedBackup?.();
  return backup
    ? new DomainError('database_damaged_backup', { path, detail, backup })
    : new DomainError('database_damaged', { path, detail });
}

function errorForState(state: PathState, path: string): DomainError | null {
  const dir = dirname(path);
  switch (state) {
    case 'folder_missing':
      return new DomainError('data_folder_missing', { dir });
    case 'folder_not_a_folder':
      return new DomainError('database_not_a_file', { path: dir });
    case 'not_a_file':
      return new DomainError('database_not_a_file', { path });
    case 'unreadable':
      return new DomainError('data_permission_denied', { path });
    case 'read_only':
      return new DomainError('data_folder_read_only', { dir });
    case 'file_missing':
    case 'usable':
      return null;
  }
}

/**
 * The translated error for a storage fault met while opening or writing `path`, or null when `error` is not a
 * storage fault at all (the caller rethrows it: it is a bug, reported as an internal error with a reference).
 */
export function storageErrorFor(error: unknown, path: string, context: StorageContext = {}): DomainError | null {
  const fault = classifyStorageError(error);
  if (fault === null) return null;
  const dir = dirname(path);
  const detail = error instanceof Error ? error.message : String(error);
  switch (fault) {
    case 'damaged':
      return damagedError(path, detail, context);
    case 'disk_full':
      return new DomainError('data_disk_full', { dir });
    case 'read_only':
      return new DomainError('data_folder_read_only', { dir });
    case 'moved':
      return new DomainError('data_folder_moved', { dir });
    case 'not_a_file':
      return new DomainError('database_not_a_file', { path });
    case 'missing':
    case 'permission':
    case 'unclear':
      return probedError(fault, path, detail);
  }
}

/** An unclear fault, named by looking at the folder and the file. */
function probedError(fault: StorageFault, path: string, detail: string): DomainError {
  const state = probeDataPath(path);
  const byState = errorForState(state, path);
  if (byState) return byState;
  if (state === 'file_missing') return new DomainError('database_missing', { dir: dirname(path) });
  if (fault === 'permission') return new DomainError('data_permission_denied', { path });
  if (fault === 'missing') return new DomainError('data_folder_missing', { dir: dirname(path) });
  return new DomainError('database_cannot_open', { path, detail });
}

/** Why SQLite could not open `path`: its error code when it tells, else what the folder and the file show. */
export function openFailure(error: unknown, path: string, context: StorageContext = {}): DomainError {
  if (error instanceof DomainError) return error;
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  // The compiled SQLite binding itself would not load: nothing is wrong with the data.
  const code = codeOf(error);
  if (code === 'MODULE_NOT_FOUND' || code === 'ERR_DLOPEN_FAILED')
    return new DomainError('database_engine_unavailable', { detail });
  const byCode = storageErrorFor(error, path, context);
  if (byCode) return byCode;
  return path === ':memory:'
    ? new DomainError('database_cannot_open', { path, detail })
    : probedError('unclear', path, detail);
}

/**
 * Refuses, before SQLite is asked, a path that cannot hold the database: a folder or something else in place of
 * the file, no permission, a read-only folder (to write), a missing folder or file (to read).
 */
export function refuseUnusablePath(path: string, options: { readonly: boolean }): void {
  const state = probeDataPath(path);
  if (state === 'file_missing') {
    if (options.readonly) throw new DomainError('database_missing', { dir: dirname(path) });
    return;
  }
  if (state === 'folder_missing' && !options.readonly) return;
  if (state === 'read_only' && options.readonly) return;
  const error = errorForState(state, path);
  if (error) throw error;
}
