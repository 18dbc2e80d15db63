import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/errors';
import { DATABASE_FILE } from '../../../main/platform/data-dir';
import { dailyFullCheck, startUpHousekeeping } from '../../../main/platform/housekeeping';
import { openAppStoreQuickly } from '../../../main/platform/open-app-store';
import { backupNow, backupOverview } from '../../../main/services/backups';
import { write } from '../../../main/services/unit-of-work';
import { openStore } from '../../../main/store/store';
import { tempDir, removeAll } from '../../helpers/api';
import { killedWhileOpen } from '../../helpers/unclean-shutdown';

const dirs: { remove: () => void }[] = [];
afterEach(() => removeAll(dirs));

function dataFolder(): string {
  const dir = tempDir('rebond-housekeeping-');
  dirs.push(dir);
  openStore(join(dir.path, DATABASE_FILE)).close();
  return dir.path;
}

describe('the browser edition’s start-up, in the background', () => {
  it('after an unclean shutdown: writes held, then the full check, the day’s backup, and writes again', async () => {
    const dir = dataFolder();
    await killedWhileOpen(join(dir, DATABASE_FILE));
    const store = openAppStoreQuickly(dir);
    try {
      expect(store.writeGate.state).toBe('checking');
      expect(backupOverview(store).lastVerified).toBeNull();
      const lines: string[] = [];
      await startUpHousekeeping(store, { log: (line) => lines.push(line) });
      expect(lines).toEqual([]);
      expect(store.writeGate.state).toBe('open');
      expect(backupOverview(store).lastVerified?.reason).toBe('startup');
      write(store, null, () => store.settings.set('probe', 'written'));
    } finally {
      store.close();
    }
  }, 30_000);

  it('after a clean one: writes at once, and no second backup on the same day', async () => {
    const dir = dataFolder();
    const first = openAppStoreQuickly(dir);
    expect(first.writeGate.state).toBe('open');
    await startUpHousekeeping(first, { log: () => undefined });
    first.close();
    const again = openAppStoreQuickly(dir);
    try {
      await startUpHousekeeping(again, { log: () => undefined });
      expect(backupOverview(again).backups).toHaveLength(1);
    } finally {
      again.close();
    }
  });
});

describe('the daily full check', () => {
  it('finds a damaged page while the app runs and stops writes, leaving no clean marker', async () => {
    const dir = dataFolder();
    const path = join(dir, DATABASE_FILE);
    const store = openAppStoreQuickly(dir);
    try {
      store.db.exec(`CREATE TABLE filler (x TEXT); CREATE INDEX filler_x ON filler (x);
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) INSERT INTO filler SELECT hex(randomblob(300)) FROM n;`);
      store.db.pragma('wal_checkpoint(TRUNCATE)');
      const pageSize = store.db.pragma('page_size', { simple: true }) as number;
      const root = store.db
        .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'filler_x'")
        .pluck()
        .get() as number;
      const bytes = readFileSync(path);
      bytes.fill(0x3c, (root - 1) * pageSize + 8, root * pageSize);
      writeFileSync(path, bytes);
      const lines: string[] = [];
      expect(await dailyFullCheck(store, { log: (line) => lines.push(line) })()).toBe(false);
      expect(lines.join('\n')).toContain('damaged');
      let refused: unknown;
      try {
        write(store, null, () => store.settings.set('probe', 'after the damage'));
      } catch (error) {
        refused = error;
      }
      expect((refused as DomainError).code).toBe('database_damaged');
    } finally {
      store.close();
    }
    expect(existsSync(`${path}-clean-shutdown`)).toBe(false);
  });
});

describe('a backup that meets a damaged page of the live file', () => {
  it('is refused as damage, and nothing more is written', () => {
    const dir = dataFolder();
    const path = join(dir, DATABASE_FILE);
    const filled = openStore(path);
    filled.db.exec(`CREATE TABLE filler (x TEXT);
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) INSERT INTO filler SELECT hex(randomblob(300)) FROM n;`);
    const pageSize = filled.db.pragma('page_size', { simple: true }) as number;
    const root = filled.db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'filler'").pluck().get() as number;
    filled.close();
    // Bit rot the clean-shutdown marker cannot see: the table's root page changed, the file's size and times kept.
    const { atimeMs, mtimeMs } = statSync(path);
    const bytes = readFileSync(path);
    bytes.fill(0x3c, (root - 1) * pageSize, root * pageSize);
    writeFileSync(path, bytes);
    utimesSync(path, atimeMs / 1000, mtimeMs / 1000);
    expect(Math.floor(statSync(path).mtimeMs)).toBe(Math.floor(mtimeMs));
    const store = openAppStoreQuickly(dir);
    try {
      expect(store.writeGate.state).toBe('open');
      let refused: unknown;
      try {
        backupNow(store, 'manual');
      } catch (error) {
        refused = error;
      }
      expect((refused as DomainError).code).toBe('database_damaged');
      expect(store.writeGate.state).toBe('damaged');
      expect(() => write(store, null, () => store.settings.set('probe', 'after the damage'))).toThrowError(DomainError);
    } finally {
      store.close();
    }
  });
});
