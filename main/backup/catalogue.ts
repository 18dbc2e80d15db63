/**
 * The catalogue of a backup folder: one JSON record beside each backup file (`rebond-….sqlite` and
 * `rebond-….json`). It lives outside the database, so a restore does not rewind it and editing the database
 * cannot rewrite it.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupRecord } from '../../shared/contract/backups';

const BACKUP_FILE = /\.sqlite$/;

export function recordFileOf(file: string): string {
  return file.replace(BACKUP_FILE, '.json');
}

/** `rebond-2026-12-03T12-16-01-123Z.sqlite`: sortable, and valid on every file system (no colon). */
export function backupFileName(folder: string, prefix: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  let name = `${prefix}-${stamp}.sqlite`;
  for (let n = 2; existsSync(join(folder, name)) || existsSync(join(folder, recordFileOf(name))); n += 1) {
    name = `${prefix}-${stamp}-${n}.sqlite`;
  }
  return name;
}

/** Written to a temporary name and renamed, so a record is either whole or absent. */
export function writeRecord(folder: string, record: BackupRecord): void {
  const path = join(folder, recordFileOf(record.file));
  const partial = `${path}.partial`;
  writeFileSync(partial, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(partial, path);
}

function isRecord(value: unknown): value is BackupRecord {
  const record = value as Partial<BackupRecord> | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    record.format === 1 &&
    typeof record.file === 'string' &&
    BACKUP_FILE.test(record.file) &&
    typeof record.takenAt === 'string' &&
    (record.status === 'verified' || record.status === 'failed' || record.status === 'unverified')
  );
}

export function readRecord(folder: string, file: string): BackupRecord | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(folder, recordFileOf(file)), 'utf8'));
    return isRecord(parsed) && parsed.file === file ? { ...parsed, extraFiles: parsed.extraFiles ?? [] } : null;
  } catch {
    return null;
  }
}

/** Every backup recorded in the folder, newest first; files that are not Rebond's records are ignored. */
export function readCatalogue(folder: string): BackupRecord[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .map((name) => readRecord(folder, name.replace(/\.json$/, '.sqlite')))
    .filter((record): record is BackupRecord => record !== null)
    .sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
}

export function lastVerified(records: readonly BackupRecord[]): BackupRecord | null {
  return records.find((record) => record.kind === 'backup' && record.status === 'verified') ?? null;
}

/** Deletes a backup's files, then its record. */
export function removeBackup(folder: string, record: BackupRecord): void {
  for (const file of [record.file, ...record.extraFiles]) rmSync(join(folder, file), { force: true });
  rmSync(join(folder, recordFileOf(record.file)), { force: true });
}
