/** The drop folder, on a real temporary folder: new files reach the review queue once fully written, never the records. */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchDropFolder, type DropFolderWatch } from '../../../main/services/imports/drop-folder';
import { commitImport } from '../../../main/services/imports/run';
import { actorFor } from '../../../main/services/people';
import { memoryHarness, tempDir, type Harness } from '../../helpers/api';
import { sampleFile } from '../../helpers/samples';
import { setUpWorkshop, type Workshop } from '../../helpers/workshop';

let h: Harness;
let w: Workshop;
let folder: { path: string; remove: () => void };
let watcher: DropFolderWatch;

beforeEach(() => {
  h = memoryHarness();
  w = setUpWorkshop(h);
  folder = tempDir('rebond-drop-');
  // No fs.watch and a long period: the test drives the scans itself, so nothing depends on timing.
  watcher = watchDropFolder(h.store, folder.path, { everyMs: 3_600_000, watch: false });
});
afterEach(() => {
  watcher.close();
  folder.remove();
  h.close();
});

describe('a drop folder', () => {
  it('queues a file once its size is stable, once, and writes no device nor erasure', async () => {
    const log = sampleFile('nwipe-single-drive/nwipe_log.txt');
    const path = join(folder.path, 'nwipe_log.txt');
    writeFileSync(path, log.bytes.slice(0, 100));
    await watcher.scan();
    appendFileSync(path, log.bytes.slice(100));
    await watcher.scan();
    expect(h.call(w.tech, 'imports.queue', {}).waiting).toBe(0);
    expect(await watcher.scan()).toBe(1);
    expect(await watcher.scan()).toBe(0);
    const queue = h.call(w.tech, 'imports.queue', {});
    expect(queue.files.map((file) => [file.fileName, file.origin])).toEqual([['nwipe_log.txt', 'drop_folder']]);
    const queued = h.call(w.tech, 'imports.queueFile', { id: queue.files[0]?.id ?? 0 });
    expect(Buffer.from(queued.base64, 'base64').equals(Buffer.from(log.bytes))).toBe(true);
    expect(h.store.db.prepare('SELECT count(*) FROM devices').pluck().get()).toBe(0);
    expect(h.store.db.prepare('SELECT count(*) FROM erasures').pluck().get()).toBe(0);
  });

  it('ignores temporary and empty files, and the same content under another name; a dismissed file leaves the queue', async () => {
    const snapshot = sampleFile('ereuse/hp_probook_g8.json').bytes;
    writeFileSync(join(folder.path, 'a.json'), snapshot);
    writeFileSync(join(folder.path, 'copy-of-a.json'), snapshot);
    writeFileSync(join(folder.path, 'partial.json.part'), snapshot);
    writeFileSync(join(folder.path, 'empty.txt'), '');
    await watcher.scan();
    expect(await watcher.scan()).toBe(1);
    const [file] = h.call(w.tech, 'imports.queue', {}).files;
    expect(h.call(w.tech, 'imports.dismiss', { id: file?.id ?? 0 })).toEqual({ waiting: 0 });
    expect(h.refuse(w.tech, 'imports.dismiss', { id: file?.id ?? 0 }).code).toBe('import_queue_item_missing');
  });

  it('a queued file imported through the flow leaves the queue, in the same transaction', async () => {
    writeFileSync(join(folder.path, 'hp.json'), sampleFile('ereuse/hp_probook_g8.json').bytes);
    await watcher.scan();
    await watcher.scan();
    const [queued] = h.call(w.tech, 'imports.queue', {}).files;
    const file = h.call(w.tech, 'imports.queueFile', { id: queued?.id ?? 0 });
    const result = await commitImport(h.store, actorFor(h.store, w.ids.tech), {
      batchId: w.batchId,
      files: [{ name: file.name, bytes: new Uint8Array(Buffer.from(file.base64, 'base64')) }],
      queueIds: [queued?.id ?? 0],
    });
    expect(result.counts.create).toBe(1);
    expect(h.call(w.tech, 'imports.queue', {}).waiting).toBe(0);
  });

  it('fs.watch brings the scan forward: a file written is queued without an explicit scan', async () => {
    const watched = watchDropFolder(h.store, folder.path, { everyMs: 3_600_000 });
    try {
      writeFileSync(join(folder.path, 'smart.json'), sampleFile('smartctl/ST3500418AS_11.json').bytes);
      // Two notified scans at least are needed (size stable twice); each write notifies, so write twice more.
      await vi.waitFor(
        () => {
          writeFileSync(join(folder.path, 'touch.tmp'), String(Math.random()));
          expect(h.call(w.tech, 'imports.queue', {}).waiting).toBe(1);
        },
        { timeout: 20_000, interval: 100 },
      );
    } finally {
      watched.close();
    }
  });

  it('the folder is a setting for an admin, an absolute path', () => {
    expect(h.refuse(w.admin, 'imports.setDropFolder', { folder: 'relative/logs' }).message).toContain('chemin complet');
    expect(h.refuse(w.tech, 'imports.setDropFolder', { folder: folder.path }).code).toBe('forbidden_role');
    expect(h.call(w.admin, 'imports.setDropFolder', { folder: folder.path })).toEqual({ folder: folder.path });
    expect(h.call(w.tech, 'imports.dropFolder', {})).toEqual({ folder: folder.path });
    expect(h.call(w.admin, 'imports.setDropFolder', { folder: null })).toEqual({ folder: null });
  });

  it('a folder that is not there (stick unplugged) is scanned again later without failing', async () => {
    const missing = watchDropFolder(h.store, join(folder.path, 'not-plugged'), { everyMs: 3_600_000, watch: false });
    try {
      expect(await missing.scan()).toBe(0);
    } finally {
      missing.close();
    }
  });
});
