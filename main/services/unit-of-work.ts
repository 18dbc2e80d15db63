import type { EventEntity } from '../../shared/contract/events';
import type { OperatorRole } from '../../shared/domain/values';
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
 */
export function write<T>(store: Store, actor: Actor | null, work: (tx: Tx) => T): T {
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
    return result;
  });
  return run.immediate();
}

/** Reads that must see one consistent snapshot. */
export function read<T>(store: Store, work: () => T): T {
  return store.db.transaction(work).deferred();
}
