import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { BackupRecord } from '../../shared/contract/backups';
import { DomainError } from '../errors';
import { EventLog, type ChainHead } from '../store/events';
import { checkIntegrity, type IntegrityReport } from '../store/integrity';
import { SCHEMA_VERSION } from '../store/migrations';
import { openDatabase, type Db } from '../store/open';
import { backupFileName, readRecord, writeRecord } from './catalogue';
import { customBackupFolder, defaultBackupFolder, prepareFolder } from './folder';
import { sha256File } from './hash';
import { appendHead } from './heads';
import { withDatabaseUnused } from './lock';
import { checkRecordedHeads, headFoldersOf, type HeadsReport } from './recorded-heads';
import { keepPrivate } from './take';
import { verifyBackupFile } from './verify';

export interface RestoreReport {
  file: string;
  takenAt: string | null;
  /** Where the database as it was before the restore is kept, or null when there was none. */
  safetyCopy: string | null;
  integrity: IntegrityReport;
  heads: HeadsReport;
  ok: boolean;
}

export interface RestoreOptions {
  now?: Date;
  nativeBinding?: string;
}

/** Refuses, before anything is touched, a file that is not a good backup this Rebond can open. */
function verifiedSource(
  file: string,
  nativeBinding: string | undefined,
): { record: BackupRecord | null; head: ChainHead } {
  if (!existsSync(file) || !statSync(file).isFile()) throw new DomainError('backup_not_found', { file });
  const record = readRecord(dirname(file), basename(file));
  const notVerified = (problem: string) =>
    new DomainError('backup_not_verified', { file, problem: `backups.problem.${problem}` });
  if (record && record.status !== 'verified') throw notVerified(record.problem ?? 'integrity');
  if (record && sha256File(file) !== record.sha256) throw notVerified('sha256_mismatch');
  const verification = verifyBackupFile(file, nativeBinding);
  if (verification.problem === 'too_new') {
    throw new DomainError('backup_too_new', {
      file,
      found: verification.schemaVersion ?? 0,
      supported: SCHEMA_VERSION,
    });
  }
  if (!verification.ok || !verification.chainHead) throw notVerified(verification.problem ?? 'damaged');
  return { record, head: verification.chainHead };
}

/** The administrator's folder, or the data folder's own when that one cannot be reached (the share may be what failed). */
function usableSafetyFolder(custom: string | null, dataDir: string): string {
  if (custom) {
    try {
      prepareFolder(custom, dataDir);
      return custom;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  }
  const fallback = defaultBackupFolder(dataDir);
  prepareFolder(fallback, dataDir);
  return fallback;
}

/**
 * The database as it is, byte for byte (its `-wal` too), into the backup folder before it is replaced: taken
 * while this process holds the file exclusively, so nothing moves under the copy, and kept even if damaged.
 */
function keepSafetyCopy(db: Db | null, databasePath: string, now: Date): { folder: string; path: string } | null {
  if (!existsSync(databasePath)) return null;
  const dataDir = dirname(databasePath);
  const folder = usableSafetyFolder(db && customBackupFolder(db), dataDir);
  const file = backupFileName(folder, 'rebond-before-restore', now);
  copyFileSync(databasePath, join(folder, file));
  keepPrivate(join(folder, file));
  const extraFiles: string[] = [];
  if (existsSync(`${databasePath}-wal`)) {
    copyFileSync(`${databasePath}-wal`, join(folder, `${file}-wal`));
    keepPrivate(join(folder, `${file}-wal`));
    extraFiles.push(`${file}-wal`);
  }
  writeRecord(folder, {
    format: 1,
    file,
    extraFiles,
    kind: 'safety',
    reason: 'before_restore',
    takenAt: now.toISOString(),
    status: 'unverified',
    problem: null,
    detail: null,
    size: statSync(join(folder, file)).size,
    sha256: sha256File(join(folder, file)),
    schemaVersion: null,
    chainHead: null,
    events: null,
  });
  return { folder, path: join(folder, file) };
}

/** Copies the backup beside the database, makes it durable, then swaps it in; stale `-wal`/`-shm` go first. */
function putInPlace(file: string, databasePath: string): void {
  const incoming = `${databasePath}.restoring`;
  copyFileSync(file, incoming);
  const fd = openSync(incoming, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(`${databasePath}-wal`, { force: true });
  rmSync(`${databasePath}-shm`, { force: true });
  renameSync(incoming, databasePath);
}

/**
 * `rebond restore FILE`: verifies the backup, refuses one from a newer Rebond or one that failed, refuses while
 * the database is open anywhere, keeps the current database aside, puts the backup in place, then runs the
 * checks `rebond check` runs. The restore is written to the chain-heads log, so the heads recorded after the
 * restored one are no longer expected.
 */
export function restoreBackup(file: string, databasePath: string, options: RestoreOptions = {}): RestoreReport {
  const now = options.now ?? new Date();
  const source = resolve(file);
  const { record, head } = verifiedSource(source, options.nativeBinding);
  mkdirSync(dirname(databasePath), { recursive: true });
  const safety = withDatabaseUnused(databasePath, (db) => keepSafetyCopy(db, databasePath, now), options.nativeBinding);
  putInPlace(source, databasePath);
  const restored = openDatabase(databasePath, { readonly: true, nativeBinding: options.nativeBinding });
  try {
    const folders = new Set([...headFoldersOf(restored), ...(safety ? [resolve(safety.folder)] : [])]);
    for (const folder of folders) {
      if (existsSync(folder))
        appendHead(folder, {
          kind: 'restore',
          at: now.toISOString(),
          file: basename(source),
          id: head.id,
          hash: head.hash,
        });
    }
    const integrity = checkIntegrity({ db: restored, events: new EventLog(restored) });
    const heads = checkRecordedHeads(restored);
    return {
      file: source,
      takenAt: record?.takenAt ?? null,
      safetyCopy: safety?.path ?? null,
      integrity,
      heads,
      ok: integrity.ok && heads.missing.length === 0,
    };
  } finally {
    restored.close();
  }
}
