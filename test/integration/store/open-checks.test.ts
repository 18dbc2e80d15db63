import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/errors';
import { write } from '../../../main/services/unit-of-work';
import { markerPath } from '../../../main/store/clean-shutdown';
import { runFullCheck } from '../../../main/store/full-check';
import { openStore, type Store } from '../../../main/store/store';
import { tempDir, removeAll } from '../../helpers/api';
import { killedWhileOpen } from '../../helpers/unclean-shutdown';

const dirs: { remove: () => void }[] = [];
afterEach(() => removeAll(dirs));

function freshPath(): string {
  const dir = tempDir();
  dirs.push(dir);
  return join(dir.path, 'rebond.sqlite');
}

function refusal(work: () => unknown): DomainError {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const setting = (store: Store, value: string) => write(store, null, () => store.settings.set('probe', value));

/** A store with enough rows that its tables and indexes span many pages, closed cleanly. */
function filledFile(): string {
  const path = freshPath();
  const store = openStore(path);
  store.db.exec(`CREATE TABLE filler (x TEXT);
    CREATE INDEX filler_x ON filler (x);
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
    INSERT INTO filler SELECT hex(randomblob(300)) FROM n;`);
  store.close();
  return path;
}

describe('the check at every open', () => {
  it('refuses a file whose header is damaged, as damaged, and leaves it as it is', () => {
    const path = filledFile();
    const bytes = readFileSync(path);
    bytes[21] = 63; // the maximum embedded payload fraction, fixed at 64 by the file format
    writeFileSync(path, bytes);
    const error = refusal(() => openStore(path));
    expect(error.code).toBe('database_damaged');
    expect(String(error.params.detail)).toContain('payload fractions');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses a file cut short of a whole page', () => {
    const path = filledFile();
    writeFileSync(path, readFileSync(path).subarray(0, 4096 * 3 + 100));
    expect(refusal(() => openStore(path)).code).toBe('database_damaged');
  });

  it('refuses a Rebond database that lost one of its tables', () => {
    const path = freshPath();
    const store = openStore(path);
    store.db.exec('DROP TABLE device_counts');
    store.close();
    const error = refusal(() => openStore(path));
    expect(error.code).toBe('database_damaged');
    expect(String(error.params.detail)).toContain('device_counts');
  });
});

describe('the last-clean-shutdown marker', () => {
  it('is written by a clean close, removed at the next open, and then no full check is owed', () => {
    const path = filledFile();
    expect(existsSync(markerPath(path))).toBe(true);
    const store = openStore(path, { deferFullCheck: true });
    expect(existsSync(markerPath(path))).toBe(false);
    expect(store.writeGate.state).toBe('open');
    setting(store, 'written at once');
    store.close();
    expect(existsSync(markerPath(path))).toBe(true);
  });

  it('does not vouch for a file changed after it was written', () => {
    const path = filledFile();
    const bytes = readFileSync(path);
    writeFileSync(path, Buffer.concat([bytes, Buffer.alloc(4096)]));
    const store = openStore(path, { deferFullCheck: true });
    expect(store.writeGate.state).toBe('checking');
    store.close();
  });
});

describe('after an unclean shutdown', () => {
  it('holds every write until the full check has passed; reads answer meanwhile', async () => {
    const path = filledFile();
    await killedWhileOpen(path);
    expect(existsSync(markerPath(path))).toBe(false);
    expect(existsSync(`${path}-wal`)).toBe(true);

    const store = openStore(path, { deferFullCheck: true });
    try {
      expect(store.writeGate.state).toBe('checking');
      expect(refusal(() => setting(store, 'too early')).code).toBe('database_checking');
      expect(store.settings.get('holder')).toBe('was here');
      expect(store.settings.get('probe')).toBeNull();

      expect(await runFullCheck(store, { hold: true })).toEqual({ ok: true });
      expect(store.writeGate.state).toBe('open');
      setting(store, 'after the check');
      expect(store.settings.get('probe')).toBe('after the check');
    } finally {
      store.close();
    }
  }, 30_000);

  it('is checked at once when opening does not defer it (the command line)', async () => {
    const path = filledFile();
    await killedWhileOpen(path);
    const store = openStore(path);
    expect(store.writeGate.state).toBe('open');
    setting(store, 'checked at open');
    store.close();
  }, 30_000);
});

describe('a damaged page found by the full check', () => {
  it('stops every write with database_damaged, while reads go on', async () => {
    const path = filledFile();
    const store = openStore(path, { deferFullCheck: true });
    try {
      const pageSize = store.db.pragma('page_size', { simple: true }) as number;
      const root = store.db
        .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'filler_x'")
        .pluck()
        .get() as number;
      const bytes = readFileSync(path);
      // An index page scribbled over on the disk, as a failing disk would: the header and schema stay sound.
      bytes.fill(0xa5, (root - 1) * pageSize + 8, root * pageSize);
      writeFileSync(path, bytes);

      const result = await runFullCheck(store);
      expect(result).toMatchObject({ ok: false, damaged: true });
      expect(store.writeGate.state).toBe('damaged');
      expect(refusal(() => setting(store, 'after the damage')).code).toBe('database_damaged');
      expect(store.settings.get('probe')).toBeNull();
    } finally {
      store.close();
    }
    expect(existsSync(markerPath(path))).toBe(false);
  });
});
