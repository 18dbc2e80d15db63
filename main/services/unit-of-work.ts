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
 * The chain head is saved once at the end, so a bulk change of thousands of rows stays cheap.
 */
export function write<T>(store: Store, actor: Actor | null, work: (tx: Tx) => T): T {
  return store.db.transaction(() => {
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
  })();
}

/** Reads that must see one consistent snapshot. */
export function read<T>(store: Store, work: () => T): T {
  return store.db.transaction(work).deferred();
}
