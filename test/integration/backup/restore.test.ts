import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../main/backup/catalogue';
import { sha256File } from '../../../main/backup/hash';
import { backupNow } from '../../../main/services/backups';
import { openStore } from '../../../main/store/store';
import { SCHEMA_VERSION } from '../../../main/store/migrations';
import { write } from '../../../main/services/unit-of-work';
import { cli, dataFolder, filledStore, references, type DataFolder } from '../../helpers/backups';
import { pupil } from '../../helpers/lending';

let folder: DataFolder;
afterEach(() => folder.remove());

function liveFiles(): string[] {
  return readdirSync(folder.dir).filter((name) => name.startsWith('rebond.sqlite'));
}

/** A verified backup of a database holding SAUVE-1, and its path. */
function backedUp(): string {
  const { h } = filledStore(folder);
  const record = backupNow(h.store, 'manual');
  h.close();
  return join(folder.backups, record.file);
}

describe('rebond restore', () => {
  it('puts a verified backup back after the database was deleted: check passes and the data is there', () => {
    folder = dataFolder();
    const backup = backedUp();
    for (const name of liveFiles()) rmSync(join(folder.dir, name));

    const run = cli('restore', backup, '--data-dir', folder.dir, '--lang', 'en');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('restored to');
    expect(run.out).toContain('Event chain: OK');
    expect(cli('check', '--data-dir', folder.dir).code).toBe(0);
    expect(references(folder.databasePath)).toEqual(['SAUVE-1']);
  });

  it('names the last verified backup when the database is damaged, then replaces it, keeping it aside first (named with the time), stale -wal and -shm removed', () => {
    folder = dataFolder();
    const backup = backedUp();
    const damaged = readFileSync(folder.databasePath);
    damaged.fill(0x5a, 0, 100);
    writeFileSync(folder.databasePath, damaged);
    writeFileSync(`${folder.databasePath}-shm`, 'stale');
    const refused = cli('check', '--data-dir', folder.dir, '--lang', 'en');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(backup);

    const run = cli('restore', backup, '--data-dir', folder.dir);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/La base actuelle est gardée dans .*rebond-before-restore-\d{4}-\d\d-\d\dT[\d-]+Z\.sqlite/);
    const safety = readCatalogue(folder.backups).find((record) => record.kind === 'safety');
    expect(safety).toMatchObject({ status: 'unverified', reason: 'before_restore' });
    expect(readFileSync(join(folder.backups, safety?.file ?? '')).subarray(0, 100)).toEqual(damaged.subarray(0, 100));
    expect(existsSync(`${folder.databasePath}-shm`)).toBe(false);
    expect(references(folder.databasePath)).toEqual(['SAUVE-1']);
    expect(cli('check', '--data-dir', folder.dir).code).toBe(0);
  });

  it('goes back to an older backup: the heads recorded after it are no longer expected', () => {
    folder = dataFolder();
    const { h, d } = filledStore(folder);
    const first = backupNow(h.store, 'manual');
    pupil(h, d, 'SAUVE-2');
    backupNow(h.store, 'manual');
    h.close();
    const run = cli('restore', join(folder.backups, first.file), '--data-dir', folder.dir, '--lang', 'en');
    expect(run.out).toContain('Chain heads of backups: OK');
    expect(run.code).toBe(0);
    expect(references(folder.databasePath)).toEqual(['SAUVE-1']);
    expect(cli('check', '--data-dir', folder.dir).code).toBe(0);
  });

  it('refuses while the database is open, and changes nothing', () => {
    folder = dataFolder();
    const backup = backedUp();
    const running = openStore(folder.databasePath);
    try {
      const run = cli('restore', backup, '--data-dir', folder.dir, '--lang', 'en');
      expect(run.code).toBe(1);
      expect(run.err).toContain('is open in Rebond');
      expect(readCatalogue(folder.backups).filter((record) => record.kind === 'safety')).toEqual([]);
    } finally {
      running.close();
    }
  });

  it('refuses a file from a newer Rebond, by name, and changes nothing', () => {
    folder = dataFolder();
    const backup = backedUp();
    const elsewhere = join(folder.dir, 'from-a-newer-rebond');
    mkdirSync(elsewhere);
    const newer = join(elsewhere, 'newer.sqlite');
    copyFileSync(backup, newer);
    const raw = new Database(newer);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = sha256File(folder.databasePath);

    const run = cli('restore', newer, '--data-dir', folder.dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`a été faite par un Rebond plus récent (schéma ${SCHEMA_VERSION + 1}`);
    expect(sha256File(folder.databasePath)).toBe(before);
  });

  it('refuses a backup that failed its check, and one changed since it was recorded', () => {
    folder = dataFolder();
    const backup = backedUp();
    const changed = readFileSync(backup);
    changed[changed.length - 10] = (changed[changed.length - 10] ?? 0) ^ 0xff;
    writeFileSync(backup, changed);
    const run = cli('restore', backup, '--data-dir', folder.dir, '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.err).toContain('different SHA-256');

    const store = openStore(folder.databasePath);
    store.db.exec('DROP TRIGGER events_no_update');
    store.db.exec(`UPDATE events SET type = 'forged' WHERE id = 1`);
    expect(() => backupNow(store, 'manual')).toThrow();
    store.close();
    const failed = readCatalogue(folder.backups).find((record) => record.status === 'failed');
    const refused = cli('restore', join(folder.backups, failed?.file ?? ''), '--data-dir', folder.dir, '--lang', 'en');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('is not a verified backup (event chain broken)');
  });

  it('keeps the safety copy in the data folder when the administrator’s backup folder cannot be reached', () => {
    folder = dataFolder();
    const nas = join(folder.dir, 'nas');
    mkdirSync(nas);
    const { h } = filledStore(folder);
    h.store.settings.set('backupFolder', nas);
    const record = backupNow(h.store, 'manual');
    h.close();
    const usb = join(folder.dir, 'usb-stick');
    mkdirSync(usb);
    for (const name of readdirSync(nas)) copyFileSync(join(nas, name), join(usb, name));
    rmSync(nas, { recursive: true });

    expect(cli('restore', join(usb, record.file), '--data-dir', folder.dir).code).toBe(0);
    expect(readCatalogue(folder.backups).map((copy) => copy.kind)).toEqual(['safety']);
  });

  it('without a file is a usage error', () => {
    folder = dataFolder();
    expect(cli('restore', '--data-dir', folder.dir).code).toBe(2);
    expect(cli('restore', join(folder.dir, 'nothing.sqlite'), '--data-dir', folder.dir).code).toBe(1);
  });
});

describe('rebond check and the chain heads of backups', () => {
  it('fails when the last events were deleted and the head rewritten, which the chain alone does not see', () => {
    folder = dataFolder();
    const { h } = filledStore(folder);
    backupNow(h.store, 'manual');
    write(h.store, null, (tx) => tx.record('settings', 1, 'settings.updated', { after: 'backup' }));
    const head = h.store.events.head();
    h.close();
    expect(cli('check', '--data-dir', folder.dir).code).toBe(0);

    // Someone with the file removes the last three events and points the head at what is left.
    const raw = new Database(folder.databasePath);
    raw.exec('DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;');
    const keep = head.id - 3;
    raw.prepare('DELETE FROM events WHERE id > ?').run(keep);
    const hash = raw.prepare('SELECT hash FROM events WHERE id = ?').pluck().get(keep);
    raw.prepare('UPDATE event_chain_head SET last_id = ?, last_hash = ?').run(keep, hash);
    raw.close();

    const store = openStore(folder.databasePath, { readonly: true });
    expect(store.events.verify().ok).toBe(true);
    store.close();
    const run = cli('check', '--data-dir', folder.dir, '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.out).toMatch(
      /Chain heads of backups: event \d+, the last of the backup of .* is no longer in the log: events were deleted/,
    );
  });

  it('fails when the log was rewritten from an event a backup recorded', () => {
    folder = dataFolder();
    const { h } = filledStore(folder);
    const record = backupNow(h.store, 'manual');
    h.close();
    const raw = new Database(folder.databasePath);
    raw.exec('DROP TRIGGER events_no_update;');
    raw.prepare('UPDATE events SET hash = ? WHERE id = ?').run('f'.repeat(64), record.chainHead?.id ?? 0);
    raw.prepare('UPDATE event_chain_head SET last_hash = ?').run('f'.repeat(64));
    raw.close();
    const run = cli('check', '--data-dir', folder.dir, '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.out).toContain('has changed since: the log was rewritten');
  });
});
