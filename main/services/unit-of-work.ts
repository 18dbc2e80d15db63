import type { EventEntity } from '../../shared/contract/events';
import type { OperatorRole } from '../../shared/domain/values';
import { DomainError } from '../errors';
import { isSqliteError, storageErrorFor } from '../store/storage-errors';
import type { Store } from '../store/store';

/** Who is acting: every change is stamped with them. */
export interface Actor {
  id: number;
  name: string;
  roles: readonly OperatorRole[];
}

/** What a service sees inside its transaction: one timestamp for the whole change, and the event log. */
export interface Tx {
  now: string;
  actor: Actor | null;
  record: (entity: EventEntity, entityId: number, type: string, payload?: Record<string, unknown>) => void;
}

/**
 * Runs `work` in one transaction: its changes and their events are written together or not at all.
 * IMMEDIATE takes the write lock first, so another connection cannot slip an event in between our read of the
 * chain head and our append. The head is saved once at the end, so a bulk change stays cheap.
 * Just before the commit, the database file is checked to still be where it was opened: a data folder moved,
 * deleted or replaced meanwhile refuses the change (rolled back) instead of acknowledging a write that is lost.
 * A full disk or a folder turned read-only is refused with its own message, not as an internal error.
 * Nothing is written while the full check of the file runs after an unclean shutdown (`database_checking`), nor
 * once a check found it damaged (`database_damaged`): see `store/write-gate.ts`.
 */
export function write<T>(store: Store, actor: Actor | null, work: (tx: Tx) => T): T {
  store.writeGate.assertWritable();
  const run = store.db.transaction(() => {
    const now = store.clock().toISOString();
    const start = store.events.head();
    let head = start;
    const tx: Tx = {
      now,
      actor,
      record: (entity, entityId, type, payload = {}) => {
        head = store.events.append(head, now, actor?.id ?? null, entity, entityId, type, payload);
      },
    };
    const result = work(tx);
    if (head !== start) store.events.saveHead(head);
    store.checkFile();
    return result;
  });
  try {
    return run.immediate();
  } catch (error) {
    if (error instanceof DomainError || !isSqliteError(error)) throw error;
    throw storageErrorFor(error, store.db.name) ?? error;
  }
}

/** Reads that must see one consistent snapshot. */
export function read<T>(store: Store, work: () => T): T {
  return store.db.transaction(work).deferred();
}
