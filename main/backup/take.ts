import { chmodSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupReason, BackupRecord } from '../../shared/contract/backups';
import { DomainError } from '../errors';
import { nativeBindingOf, type Db } from '../store/open';
import { classifyStorageError, damagedError } from '../store/storage-errors';
import { backupFileName, writeRecord } from './catalogue';
import { backupFolderOf, dataDirOf, prepareFolder } from './folder';
import { sha256File } from './hash';
import { appendHead } from './heads';
import { verifyBackupFile } from './verify';

export interface TakeOptions {
  reason: BackupReason;
  /** Another folder than the configured one (`rebond backup --to DIR`). */
  folder?: string;
  now?: Date;
}

const STALE_PARTIAL_MS = 60 * 60 * 1000;

/** A backup interrupted by a crash leaves a `.partial` file: gone at the next backup, once surely abandoned. */
function removeStalePartials(folder: string, now: Date): void {
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.partial')) continue;
    const path = join(folder, name);
    try {
      if (now.getTime() - statSync(path).mtimeMs > STALE_PARTIAL_MS) rmSync(path, { force: true });
    } catch {
      // Another process may have just renamed it.
    }
  }
}

/** Readable by this user only: a backup holds the personal data the database holds. A share may not support it. */
export function keepPrivate(path: string): void {
  try {
    chmodSync(path, 0o600);
  } catch {
    // Permissions on a network share are the share's.
  }
}

/**
 * An online, consistent copy of the live database with `VACUUM INTO` (one read transaction: writers go on, and
 * the copy holds no free pages, so nothing deleted lingers in it), reopened read-only and verified, then recorded
 * beside it. A copy that fails a check is kept marked `failed`, never counted as good nor restored.
 */
export function takeBackup(db: Db, options: TakeOptions): BackupRecord {
  if (db.memory) throw new DomainError('backup_failed', { folder: ':memory:', detail: 'in-memory database' });
  const folder = options.folder ?? backupFolderOf(db);
  prepareFolder(folder, dataDirOf(db));
  const now = options.now ?? new Date();
  removeStalePartials(folder, now);
  const file = backupFileName(folder, 'rebond', now);
  const partial = join(folder, `${file}.partial`);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    // A page of the live file that cannot be read is damage, not a failed copy: the caller stops writing.
    if (classifyStorageError(error) === 'damaged') throw damagedError(db.name, (error as Error).message);
    throw new DomainError('backup_failed', { folder, detail: (error as Error).message });
  }
  keepPrivate(partial);
  const verification = verifyBackupFile(partial, nativeBindingOf(db));
  const record: BackupRecord = {
    format: 1,
    file,
    extraFiles: [],
    kind: 'backup',
    reason: options.reason,
    takenAt: now.toISOString(),
    status: verification.ok ? 'verified' : 'failed',
    problem: verification.problem,
    detail: verification.detail,
    size: statSync(partial).size,
    sha256: sha256File(partial),
    schemaVersion: verification.schemaVersion,
    chainHead: verification.chainHead,
    events: verification.events,
  };
  writeRecord(folder, record);
  renameSync(partial, join(folder, file));
  if (record.status === 'verified' && record.chainHead) {
    appendHead(folder, {
      kind: 'backup',
      at: record.takenAt,
      file,
      id: record.chainHead.id,
      hash: record.chainHead.hash,
    });
  }
  return record;
}
