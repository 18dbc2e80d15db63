import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/store';
import { harnessFor, tempDir, type Harness, removeAll } from '../../helpers/api';
import { laptop, setUpWorkshop, type Workshop } from '../../helpers/workshop';

const dirs: { remove: () => void }[] = [];
afterEach(() => removeAll(dirs));

function workshopIn(): { h: Harness; w: Workshop; root: string; data: string } {
  const dir = tempDir();
  dirs.push(dir);
  const data = join(dir.path, 'data');
  mkdirSync(data);
  const h = harnessFor(openStore(join(data, 'rebond.sqlite')));
  return { h, w: setUpWorkshop(h), root: dir.path, data };
}

function devicesIn(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM devices').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('the data folder moved, deleted or replaced while Rebond runs', () => {
  it('renamed: the next writes are refused with data_folder_moved and none is acknowledged', () => {
    const { h, w, root, data } = workshopIn();
    h.call(w.tech, 'devices.register', { batchId: w.batchId, device: laptop('BEFORE-1') });
    const moved = join(root, 'data-moved');
    renameSync(data, moved);
    let acknowledged = 0;
    for (let i = 0; i < 20; i++) {
      const result = h.api.call('devices.register', { batchId: w.batchId, device: laptop(`AFTER-${i}`) }, w.tech);
      if (result.ok) acknowledged++;
      else expect(result.error.code).toBe('data_folder_moved');
    }
    expect(acknowledged).toBe(0);
    const refused = h.refuse(w.tech, 'devices.register', { batchId: w.batchId, device: laptop('AFTER-X') });
    expect(refused.message).toContain('a été déplacé, supprimé ou remplacé');
    h.close();
    // Whatever was acknowledged before the move is in the moved file, and nothing after it.
    expect(devicesIn(join(moved, 'rebond.sqlite'))).toBe(1);
  });

  it('replaced by another file at the same path: refused too, and the other file is not written', () => {
    const { h, w, root, data } = workshopIn();
    const path = join(data, 'rebond.sqlite');
    h.call(w.tech, 'devices.register', { batchId: w.batchId, device: laptop('BEFORE-1') });
    h.store.db.pragma('wal_checkpoint(TRUNCATE)');
    // A copy of the folder put in place of the live one, as a restore by hand would.
    const copy = join(root, 'copy.sqlite');
    copyFileSync(path, copy);
    rmSync(path);
    copyFileSync(copy, path);
    const error = h.refuse(w.tech, 'devices.register', { batchId: w.batchId, device: laptop('AFTER-1') });
    expect(error.code).toBe('data_folder_moved');
    h.close();
    expect(devicesIn(path)).toBe(1);
  });

  it('deleted: refused, and reads still answer from what is open', () => {
    const { h, w, data } = workshopIn();
    h.call(w.tech, 'devices.register', { batchId: w.batchId, device: laptop('BEFORE-1') });
    rmSync(data, { recursive: true });
    expect(h.refuse(w.tech, 'devices.register', { batchId: w.batchId, device: laptop('AFTER-1') }).code).toBe(
      'data_folder_moved',
    );
    expect(h.call(w.tech, 'inventory.count', {}).total).toBe(1);
    h.close();
  });
});
