import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/error-messages';
import { DomainError } from '../../../main/errors';
import { openDatabase } from '../../../main/store/open';
import { openStore } from '../../../main/store/store';
import { write } from '../../../main/services/unit-of-work';
import { harnessFor, tempDir, removeAll } from '../../helpers/api';
import { laptop, setUpWorkshop } from '../../helpers/workshop';

const dirs: { remove: () => void }[] = [];
afterEach(() => removeAll(dirs));

function folder(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir.path;
}

function refusal(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('what stops the store from opening, each with its own message', () => {
  it('a damaged file (garbage bytes) is damaged, is left untouched, and the advice names the last verified backup', () => {
    const path = join(folder(), 'rebond.sqlite');
    writeFileSync(path, 'garbage bytes, no database here '.repeat(400));
    const before = readFileSync(path);
    const plain = refusal(() => openDatabase(path));
    expect(plain.code).toBe('database_damaged');
    expect(errorMessage('en', plain.code, plain.params)).toContain('No verified backup is known');
    const named = refusal(() =>
      openDatabase(path, { lastVerifiedBackup: () => '/srv/backups/rebond-2026-12-02.sqlite' }),
    );
    expect(named.code).toBe('database_damaged_backup');
    expect(errorMessage('fr', named.code, named.params)).toContain(
      'Restaurez la dernière sauvegarde vérifiée, /srv/backups/rebond-2026-12-02.sqlite',
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a folder in place of the database file is named as such, to write and to read', () => {
    const path = join(folder(), 'rebond.sqlite');
    mkdirSync(path);
    expect(refusal(() => openDatabase(path)).code).toBe('database_not_a_file');
    expect(refusal(() => openDatabase(path, { readonly: true })).code).toBe('database_not_a_file');
  });

  it('to read, a missing folder and a missing file are each said, and nothing is created', () => {
    const dir = folder();
    const nowhere = join(dir, 'not-there', 'rebond.sqlite');
    const missingFolder = refusal(() => openDatabase(nowhere, { readonly: true }));
    expect(missingFolder.code).toBe('data_folder_missing');
    expect(errorMessage('fr', missingFolder.code, missingFolder.params)).toContain(join(dir, 'not-there'));
    expect(refusal(() => openDatabase(join(dir, 'rebond.sqlite'), { readonly: true })).code).toBe('database_missing');
    expect(() => readFileSync(join(dir, 'rebond.sqlite'))).toThrow();
  });

  it('an empty file and a database Rebond never set up say so, not "damaged"', () => {
    const dir = folder();
    const empty = join(dir, 'empty.sqlite');
    writeFileSync(empty, '');
    expect(refusal(() => openDatabase(empty, { readonly: true })).code).toBe('database_empty');
    const foreign = join(dir, 'foreign.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE recipes (name TEXT)');
    other.close();
    expect(refusal(() => openDatabase(foreign, { readonly: true })).code).toBe('database_not_migrated');
  });

  it('a full disk (the file may not grow: max_page_count) refuses the write, says so, and keeps nothing of it', () => {
    const path = join(folder(), 'rebond.sqlite');
    const h = harnessFor(openStore(path));
    try {
      const w = setUpWorkshop(h);
      const devicesBefore = h.store.db.prepare('SELECT count(*) AS n FROM devices').get() as { n: number };
      const eventsBefore = h.store.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number };
      h.store.db.pragma(`max_page_count = ${h.store.db.pragma('page_count', { simple: true }) as number}`);
      const devices = Array.from({ length: 300 }, (_, i) =>
        laptop(`FULL-${String(i).padStart(4, '0')}`, { notes: 'x'.repeat(1500) }),
      );
      const error = h.refuse(w.tech, 'devices.registerMany', { batchId: w.batchId, devices });
      expect(error.code).toBe('data_disk_full');
      expect(error.message).toContain('Libérez de la place');
      expect(h.store.db.prepare('SELECT count(*) AS n FROM devices').get()).toEqual(devicesBefore);
      expect(h.store.db.prepare('SELECT count(*) AS n FROM events').get()).toEqual(eventsBefore);
    } finally {
      h.close();
    }
  });

  it('a write on a database that may only be read is refused as read-only, not as an internal error', () => {
    const path = join(folder(), 'rebond.sqlite');
    openStore(path).close();
    const store = openStore(path, { readonly: true });
    try {
      const error = refusal(() => write(store, null, (tx) => tx.record('device', 1, 'device.noted', {})));
      expect(error.code).toBe('data_folder_read_only');
    } finally {
      store.close();
    }
  });

  it('a SQLite binding that will not load is an installation problem, not damage', () => {
    const error = refusal(() =>
      openDatabase(join(folder(), 'rebond.sqlite'), { nativeBinding: '/nowhere/better_sqlite3.node' }),
    );
    expect(error.code).toBe('database_engine_unavailable');
    expect(errorMessage('en', error.code, error.params)).toContain('/nowhere/better_sqlite3.node');
  });
});
