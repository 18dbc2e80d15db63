import type { Store } from '../store/store';

/**
 * What changed since the last look, read from the event log: every committed change writes its event, so the kinds
 * of record (entities) of the events appended since then are exactly what other desks must read again. Catches
 * writes made on other connections too (the intake worker's). Null when nothing was written.
 */
export function changeFeed(store: Store): () => string[] | null {
  let last = store.events.head().id;
  return () => {
    const head = store.events.head().id;
    if (head === last) return null;
    const entities: string[] = store.events.entitiesBetween(last, head);
    last = head;
    return entities;
  };
}
