/**
 * The import review queue: files a wiping station left in the drop folder (or, later, the hub sent) wait here until
 * someone opens them in the import flow; nothing reaches the records without that preview and confirmation.
 */
import type { QueuedImportFile } from '../../../shared/contract/imports';
import { DomainError } from '../../errors';
import type { Store } from '../../store/store';
import { write, type Actor } from '../unit-of-work';
import { sha256Of } from './source-files';

export function reviewQueue(store: Store): { files: QueuedImportFile[]; waiting: number } {
  const files = store.imports
    .waiting()
    .map(({ id, fileName, origin, receivedAt }) => ({ id, fileName, origin, receivedAt }));
  return { files, waiting: store.imports.waitingCount() };
}

/** Puts a file in the queue; false when the same content is (or was) already there. */
export function enqueueFile(
  store: Store,
  file: { name: string; bytes: Uint8Array },
  origin: 'drop_folder' | 'hub',
): boolean {
  return write(store, null, (tx) => {
    const queueId = store.imports.enqueue({ ...file, sha256: sha256Of(file.bytes), origin }, tx.now);
    if (queueId !== null) tx.record('import', queueId, 'import.queued', { file: file.name, origin });
    return queueId !== null;
  });
}

export function queuedFile(store: Store, id: number): { name: string; base64: string } {
  const queued = store.imports.queued(id);
  if (queued?.status !== 'waiting') throw new DomainError('import_queue_item_missing', {}, 'id');
  return { name: queued.fileName, base64: queued.bytes.toString('base64') };
}

export function dismissQueued(
  store: Store,
  actor: Actor,
  id: number,
  status: 'imported' | 'dismissed' = 'dismissed',
): { waiting: number } {
  return write(store, actor, (tx) => {
    if (!store.imports.handle(id, status, actor.id, tx.now))
      throw new DomainError('import_queue_item_missing', {}, 'id');
    tx.record('import', id, `import.${status}`);
    return { waiting: store.imports.waitingCount() };
  });
}

/** Same key as `drop-folder.ts` reads; kept here so that the API does not load the watcher. */
const DROP_FOLDER_KEY = 'imports.dropFolder';

export function dropFolder(store: Store): { folder: string | null } {
  return { folder: store.settings.get(DROP_FOLDER_KEY) || null };
}

export function setDropFolder(store: Store, actor: Actor, folder: string | null): { folder: string | null } {
  return write(store, actor, (tx) => {
    store.settings.set(DROP_FOLDER_KEY, folder ?? '');
    tx.record('settings', 1, 'settings.drop_folder_updated', { set: Boolean(folder) });
    return dropFolder(store);
  });
}
