/**
 * A drop folder a wiping station writes to (a USB stick, a share where ShredOS exports its logs): each new file is
 * copied into the import review queue, never straight into the records. `fs.watch` brings a scan forward; a periodic
 * scan catches what it misses (network shares, sticks plugged in later). A file still being written is taken once its
 * size and modification time are the same on two scans in a row.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Store } from '../../store/store';
import { enqueueFile } from './queue';

/** The setting that names the folder (absolute path); none, or empty, watches nothing. */
export const DROP_FOLDER_SETTING = 'imports.dropFolder';

export interface DropFolderWatch {
  /** One scan now; resolves with the number of files newly queued. */
  scan: () => Promise<number>;
  close: () => void;
}

interface Seen {
  size: number;
  mtimeMs: number;
  queued: boolean;
}

const IGNORED = /^(\.|~\$)|\.(tmp|part|crdownload)$/i;
const MAX_FILE_BYTES = 10 * 1024 * 1024;

export function watchDropFolder(
  store: Store,
  folder: string,
  options: { everyMs?: number; watch?: boolean; log?: (line: string) => void; onQueued?: (count: number) => void } = {},
): DropFolderWatch {
  const seen = new Map<string, Seen>();
  const log = options.log ?? (() => undefined);
  let running: Promise<number> | null = null;
  let closed = false;

  async function scanOnce(): Promise<number> {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      return 0; // The stick is not plugged in, or the share is away: the next scan tries again.
    }
    let queued = 0;
    for (const name of names.sort()) {
      if (IGNORED.test(name) || closed) continue;
      const path = join(folder, name);
      try {
        const info = await stat(path);
        if (!info.isFile() || info.size === 0 || info.size > MAX_FILE_BYTES) continue;
        const before = seen.get(name);
        const stable = before !== undefined && before.size === info.size && before.mtimeMs === info.mtimeMs;
        if (before?.queued && stable) continue;
        seen.set(name, { size: info.size, mtimeMs: info.mtimeMs, queued: false });
        if (!stable) continue;
        const bytes = new Uint8Array(await readFile(path));
        if (bytes.length !== info.size || !store.db.open) continue;
        if (enqueueFile(store, { name, bytes }, 'drop_folder')) queued += 1;
        seen.set(name, { size: info.size, mtimeMs: info.mtimeMs, queued: true });
      } catch (error) {
        log(`Rebond: drop folder ${path}: ${(error as Error).message}`);
      }
    }
    if (queued > 0) options.onQueued?.(queued);
    return queued;
  }

  const scan = (): Promise<number> => {
    running ??= scanOnce().finally(() => {
      running = null;
    });
    return running;
  };

  let watcher: FSWatcher | null = null;
  try {
    if (options.watch !== false) watcher = watch(folder, () => void scan());
    watcher?.on('error', () => watcher?.close());
  } catch {
    watcher = null; // Not watchable (missing yet, or a share without notifications): the periodic scan does it.
  }
  const timer = setInterval(() => void scan(), options.everyMs ?? 5000);
  timer.unref();
  if (options.watch !== false) void scan();
  return {
    scan,
    close: () => {
      closed = true;
      clearInterval(timer);
      watcher?.close();
    },
  };
}

/** The watch for the folder the settings name, or null. */
export function watchConfiguredDropFolder(store: Store, log?: (line: string) => void): DropFolderWatch | null {
  const folder = store.settings.get(DROP_FOLDER_SETTING);
  return folder ? watchDropFolder(store, folder, log ? { log } : {}) : null;
}
