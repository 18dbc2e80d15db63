import Database from 'better-sqlite3';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../main/backup/catalogue';
import { readHeads } from '../../../main/backup/heads';
import { rotateFolder } from '../../../main/backup/prune';
import { takeBackup } from '../../../main/backup/take';
import { verifyBackupFile } from '../../../main/backup/verify';
import { DomainError } from '../../../main/errors';
import { backupNow, backupOverview } from '../../../main/services/backups';
import { SCHEMA_VERSION } from '../../../main/store/migrations';
import { dataFolder, filledStore, journalFormat, references, type DataFolder } from '../../helpers/backups';

let folder: DataFolder;
afterEach(() => folder.remove());

function tamperChain(db: Database.Database): void {
  db.exec('DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;');
  db.exec(`UPDATE events SET payload = '{"edited":true}' WHERE id = 2`);
}

describe('a backup', () => {
  it('is a consistent copy, verified, and recorded beside it with its size, SHA-256, schema and chain head', () => {
    folder = dataFolder();
    const { h } = filledStore(folder);
    const head = h.store.events.head();
    const record = backupNow(h.store, 'manual');
    h.close();

    const path = join(folder.backups, record.file);
    expect(record).toMatchObject({
      status: 'verified',
      kind: 'backup',
      reason: 'manual',
      problem: null,
      schemaVersion: SCHEMA_VERSION,
      chainHead: head,
      events: head.id,
      size: statSync(path).size,
      sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
    });
    expect(readCatalogue(folder.backups)).toEqual([record]);
    expect(readHeads(folder.backups)).toEqual([
      { kind: 'backup', at: record.takenAt, file: record.file, id: head.id, hash: head.hash },
    ]);
    // A single self-contained file (no WAL to carry along), holding the data.
    expect(journalFormat(path)).toBe(1);
    expect(references(path)).toEqual(['SAUVE-1']);
    expect(verifyBackupFile(path)).toMatchObject({ ok: true, chainHead: head });
    // Personal data: the folder and the file are this user's only.
    expect(statSync(folder.backups).mode & 0o777).toBe(0o700);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('is taken online: a write another connection has not committed is neither waited for nor copied', () => {
    folder = dataFolder();
    const { h } = filledStore(folder);
    const writer = new Database(folder.databasePath);
    try {
      writer.exec("BEGIN IMMEDIATE; INSERT INTO settings (key, value) VALUES ('uncommitted', 'yes');");
      const record = backupNow(h.store, 'manual');
      writer.exec('COMMIT');
      const copy = new Database(join(folder.backups, record.file), { readonly: true });
      expect(copy.prepare("SELECT count(*) FROM settings WHERE key = 'uncommitted'").pluck().get()).toBe(0);
      copy.close();
    } finally {
      writer.close();
      h.close();
    }
  });

  it('of a database whose event chain was tampered with is reported failed, kept marked so, and never counted', () => {
    folder = dataFolder();
    const { h } = filledStore(folder);
    const good = backupNow(h.store, 'manual');
    tamperChain(h.store.db);
    let refusal: unknown;
    try {
      backupNow(h.store, 'manual');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe('backup_verification_failed');
    const overview = backupOverview(h.store);
    h.close();
    const failed = overview.backups.find((record) => record.status === 'failed');
    expect(failed).toMatchObject({ problem: 'chain' });
    expect(existsSync(join(folder.backups, failed?.file ?? ''))).toBe(true);
    expect(overview.lastVerified?.file).toBe(good.file);
    expect(readHeads(folder.backups).map((entry) => entry.file)).toEqual([good.file]);
  });

  it('damaged on its disk afterwards fails verification', () => {
    folder = dataFolder();
    const { h } = filledStore(folder);
    const record = backupNow(h.store, 'manual');
    h.close();
    const path = join(folder.backups, record.file);
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 4096, 12_288);
    writeFileSync(path, bytes);
    expect(verifyBackupFile(path)).toMatchObject({ ok: false });
    expect(verifyBackupFile(path).problem).toMatch(/damaged|integrity/);
  });

  it('is refused, and nothing written, when an administrator’s folder is not there', () => {
    folder = dataFolder();
    const { h } = filledStore(folder);
    h.store.settings.set('backupFolder', join(folder.dir, 'share-not-mounted'));
    expect(() => backupNow(h.store, 'manual')).toThrow(expect.objectContaining({ code: 'backup_folder_missing' }));
    h.close();
    expect(existsSync(join(folder.dir, 'share-not-mounted'))).toBe(false);
  });
});

describe('the backup folder', () => {
  it('loses the backups older than the anonymisation period, files and records, but keeps the chain heads', () => {
    folder = dataFolder();
    const { h } = filledStore(folder);
    h.store.settings.set('anonymiseAfterMonths', '6');
    const old = takeBackup(h.store.db, { reason: 'daily', now: new Date('2026-03-01T03:00:00Z') });
    const recent = takeBackup(h.store.db, { reason: 'daily', now: new Date('2026-11-30T03:00:00Z') });
    h.close();

    const removed = rotateFolder(folder.backups, new Date('2026-12-03T12:00:00Z'), 6, 'Europe/Paris');
    expect(removed).toEqual([{ file: old.file, reason: 'retention' }]);
    expect(existsSync(join(folder.backups, old.file))).toBe(false);
    expect(readCatalogue(folder.backups).map((record) => record.file)).toEqual([recent.file]);
    expect(readHeads(folder.backups).map((entry) => entry.file)).toEqual([old.file, recent.file]);
  });

  it('keeps the 3 latest of a busy day, then one a day, by the rotation', () => {
    folder = dataFolder();
    const { h } = filledStore(folder);
    for (const hour of ['06', '09', '12', '15'])
      takeBackup(h.store.db, { reason: 'manual', now: new Date(`2026-12-01T${hour}:00:00Z`) });
    for (const day of ['02', '03'])
      takeBackup(h.store.db, { reason: 'daily', now: new Date(`2026-12-${day}T10:00:00Z`) });
    h.close();
    rotateFolder(folder.backups, new Date('2026-12-03T12:00:00Z'), 24, 'Europe/Paris');
    expect(readCatalogue(folder.backups).map((record) => record.takenAt)).toEqual([
      '2026-12-03T10:00:00.000Z',
      '2026-12-02T10:00:00.000Z',
      '2026-12-01T15:00:00.000Z',
    ]);
  });
});
