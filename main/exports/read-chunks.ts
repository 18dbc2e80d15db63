import type { ExportDataset } from '../../shared/domain/exports';
import { ExportRepository } from '../store/repositories/exports';
import type { Cursor, Filter, Sort } from '../store/repositories/inventory';
import type { Store } from '../store/store';

export interface ExportQuery {
  dataset: ExportDataset;
  /** The inventory's filter and sort, as on screen; ignored by the other lists. */
  filter: Filter;
  sort: Sort;
  /** Whether the caller may see personal data. */
  personal: boolean;
}

/** Rows per chunk; each chunk is one short read, with the event loop free between two. */
export const CHUNK_ROWS = 2000;

/**
 * The rows of an export, chunk by chunk. Each chunk is its own query (keyset paging), so memory stays bounded
 * and no statement stays open while the file is written; an export therefore reads the data as it is when each
 * chunk is read, not as one snapshot.
 */
export function* readChunks(store: Store, query: ExportQuery): Generator<Record<string, unknown>[]> {
  const repository = new ExportRepository(store.db);
  if (query.dataset === 'inventory') {
    let cursor: Cursor | null = null;
    do {
      const page = store.inventory.page(query.filter, query.sort, CHUNK_ROWS, cursor);
      yield page.rows as unknown as Record<string, unknown>[];
      cursor = page.next;
    } while (cursor !== null);
    return;
  }
  if (query.dataset === 'recycling') {
    let after: { day: string; id: number } | null = null;
    do {
      const chunk = repository.recycling(after, CHUNK_ROWS);
      yield chunk.rows;
      after = chunk.next;
    } while (after !== null);
    return;
  }
  const next = (after: number) => {
    switch (query.dataset) {
      case 'erasures':
        return repository.erasures(after, CHUNK_ROWS / 2);
      case 'handovers':
        return repository.handovers(after, CHUNK_ROWS / 2);
      case 'sims':
        return repository.sims(after, CHUNK_ROWS);
      case 'top-ups':
        return repository.topUps(after, CHUNK_ROWS);
      case 'donors':
        return repository.donors(after, CHUNK_ROWS, query.personal);
      default:
        return repository.batches(after, CHUNK_ROWS, query.personal);
    }
  };
  let after: number | null = 0;
  while (after !== null) {
    const chunk = next(after);
    yield chunk.rows;
    after = chunk.next;
  }
}

/** How many rows the export will have, for its progress; the inventory's count is exact, the others close. */
export function expectedRows(store: Store, query: ExportQuery): number {
  if (query.dataset === 'inventory') return store.inventory.count(query.filter);
  return new ExportRepository(store.db).expectedRows(query.dataset);
}
