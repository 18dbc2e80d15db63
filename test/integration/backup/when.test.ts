import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupBeforeMigration } from '../../../main/backup/before-migration';
import { readCatalogue } from '../../../main/backup/catalogue';
import { EventLog } from '../../../main/store/events';
import { migrate } from '../../../main/store/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/store/migrations';
import { openStore } from '../../../main/store/store';
import { scheduleDailyBackups } from '../../../main/platform/daily-backups';
import { openAppStore } from '../../../main/platform/open-app-store';
import { ensureTodaysBackup } from '../../../main/services/backups';
import { TIME_ZONE_SETTING } from '../../../main/documents/time-zone';
import { harnessFor } from '../../helpers/api';
import { cli, dataFolder, filledStore, references, type DataFolder } from '../../helpers/backups';
import { pupil, setUpLending } from '../../helpers/lending';

let folder: DataFolder;
afterEach(() => {
  vi.useRealTimers();
  folder.remove();
});

/** A database left by an older Rebond: the first `version` migrations and a few chained events. */
function olderDatabase(path: string, version: number): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  migrate(db, MIGRATIONS.slice(0, version));
  const log = new EventLog(db);
  let head = log.head();
  for (let id = 1; id <= 3; id += 1)
    head = log.append(head, '2026-01-01T00:00:00.000Z', null, 'settings', 1, 'settings.updated', { n: id });
  log.saveHead(head);
  db.close();
}

describe('backups are taken', () => {
  it('before a migration, of the database as the older Rebond left it', () => {
    folder = dataFolder();
    olderDatabase(folder.databasePath, 3);
    const store = openStore(folder.databasePath, { beforeMigrate: backupBeforeMigration });
    store.close();
    const [record] = readCatalogue(folder.backups);
    expect(record).toMatchObject({ reason: 'before_migration', status: 'verified', schemaVersion: 3, events: 3 });
  });

  it('and a migration does not run when that backup cannot be made', () => {
    folder = dataFolder();
    olderDatabase(folder.databasePath, 3);
    const raw = new Database(folder.databasePath);
    raw
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?)')
      .run('backupFolder', join(folder.dir, 'unplugged-disk'));
    raw.close();
    expect(() => openStore(folder.databasePath, { beforeMigrate: backupBeforeMigration })).toThrow(
      expect.objectContaining({ code: 'backup_folder_missing' }),
    );
    const after = new Database(folder.databasePath, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(3);
    after.close();
  });

  it('never before the first migrations of a new database', () => {
    folder = dataFolder();
    openStore(folder.databasePath, { beforeMigrate: backupBeforeMigration }).close();
    expect(existsSync(folder.backups)).toBe(false);
  });

  it('at start-up, before the anonymisation run, so the anonymised person is still in that copy', () => {
    folder = dataFolder();
    const past = harnessFor(openStore(folder.databasePath, { clock: () => new Date('2023-10-02T12:00:00Z') }));
    const person = pupil(past, setUpLending(past), 'OLD-1', { lastName: 'Oubliée' });
    past.close();

    const store = openAppStore(folder.dir, { log: () => undefined });
    const lastName = store.db.prepare('SELECT last_name FROM beneficiaries WHERE id = ?').pluck().get(person.id);
    store.close();
    expect(lastName).toBeNull();
    const [record] = readCatalogue(folder.backups);
    expect(record).toMatchObject({ reason: 'startup', status: 'verified', schemaVersion: SCHEMA_VERSION });
    expect(references(join(folder.backups, record?.file ?? ''))).toEqual(['OLD-1']);
  });

  it('at start-up even when the folder is unusable, the app still opens and says why in its log', () => {
    folder = dataFolder();
    const { h } = filledStore(folder);
    h.store.settings.set('backupFolder', join(folder.dir, 'share-not-mounted'));
    h.close();
    const lines: string[] = [];
    const store = openAppStore(folder.dir, { log: (line) => lines.push(line) });
    store.close();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('share-not-mounted');
  });

  it('before an anonymisation run from the command line', () => {
    folder = dataFolder();
    filledStore(folder).h.close();
    expect(cli('anonymise', '--data-dir', folder.dir).code).toBe(0);
    expect(readCatalogue(folder.backups).map((record) => record.reason)).toEqual(['before_anonymisation']);
  });

  it('once a day while the app runs: the day’s backup is skipped when there is one', () => {
    folder = dataFolder();
    let now = new Date('2026-12-03T08:00:00');
    const { h } = filledStore(folder, () => now);
    expect(ensureTodaysBackup(h.store)).toMatchObject({ reason: 'daily' });
    now = new Date('2026-12-03T18:00:00');
    expect(ensureTodaysBackup(h.store)).toBeNull();

    vi.useFakeTimers();
    const stop = scheduleDailyBackups(h.store, () => undefined, 1000);
    now = new Date('2026-12-04T08:00:00');
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(1000);
    stop();
    now = new Date('2026-12-05T08:00:00');
    vi.advanceTimersByTime(5000);
    h.close();
    expect(readCatalogue(folder.backups).map((record) => record.takenAt.slice(0, 10))).toEqual(
      [new Date('2026-12-04T08:00:00'), new Date('2026-12-03T08:00:00')].map((at) => at.toISOString().slice(0, 10)),
    );
  });

  it('counts the day in the organisation’s time zone, not the machine’s', () => {
    folder = dataFolder();
    let now = new Date('2026-12-03T12:30:00Z');
    const { h } = filledStore(folder, () => now);
    h.store.settings.set(TIME_ZONE_SETTING, 'Pacific/Noumea');
    expect(ensureTodaysBackup(h.store)).toMatchObject({ reason: 'daily' });
    // 13:30 UTC is still 3 December in Paris, but already 00:30 on 4 December in Nouméa: a new day there.
    now = new Date('2026-12-03T13:30:00Z');
    expect(ensureTodaysBackup(h.store)).toMatchObject({ reason: 'daily' });
    now = new Date('2026-12-04T08:00:00Z');
    expect(ensureTodaysBackup(h.store)).toBeNull();
    h.close();
  });

  it('into the default folder, created when missing; another folder must exist', () => {
    folder = dataFolder();
    mkdirSync(join(folder.dir, 'nas'));
    filledStore(folder).h.close();
    expect(cli('backup', '--data-dir', folder.dir, '--to', join(folder.dir, 'nas')).code).toBe(0);
    expect(readCatalogue(join(folder.dir, 'nas'))).toHaveLength(1);
    const refused = cli('backup', '--data-dir', folder.dir, '--to', join(folder.dir, 'missing'), '--lang', 'en');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('does not exist or cannot be reached');
  });
});

describe('rebond backups', () => {
  it('lists the folder’s backups with their status, and as JSON', () => {
    folder = dataFolder();
    const { h } = filledStore(folder);
    h.close();
    expect(cli('backups', '--data-dir', folder.dir, '--lang', 'en').out).toBe(
      `Backup folder: ${folder.backups}\nNo backup in ${folder.backups}.`,
    );
    expect(cli('backup', '--data-dir', folder.dir).code).toBe(0);
    const listed = cli('backups', '--data-dir', folder.dir, '--lang', 'en');
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/verified {2}on request {2}[\d.]+ kB {2}rebond-[\dT-]+Z\.sqlite/);
    const json = JSON.parse(cli('backups', '--data-dir', folder.dir, '--json').out) as {
      folder: string;
      overdue: boolean;
      backups: { status: string }[];
    };
    expect(json).toMatchObject({ folder: folder.backups, overdue: false, backups: [{ status: 'verified' }] });
  });
});
