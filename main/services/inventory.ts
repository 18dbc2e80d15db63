import type { DeviceSummary, InventoryPage, SearchResult } from '../../shared/contract/inventory';
import { looksLikeImei, normaliseSerial } from '../../shared/domain/identifiers';
import { DomainError } from '../errors';
import { decodeCursor, encodeCursor, type Filter, type Sort } from '../store/repositories/inventory';
import type { Store } from '../store/store';

export function listInventory(
  store: Store,
  input: { filter: Filter; sort: Sort; limit: number; cursor: string | null },
): InventoryPage {
  const cursor = input.cursor === null ? null : decodeCursor(input.cursor);
  if (input.cursor !== null && cursor === null) {
    throw new DomainError('invalid_input', { field: 'field.cursor', detail: input.cursor.slice(0, 20) }, 'cursor');
  }
  const page = store.inventory.page(input.filter, input.sort, input.limit, cursor);
  return { rows: page.rows, nextCursor: page.next ? encodeCursor(page.next) : null };
}

/**
 * The search box. A scan is matched exactly first (tag, serial or IMEI) so the desk can jump to the device;
 * then prefixes, then any fragment of three characters or more.
 */
export function search(store: Store, rawQuery: string, limit: number): SearchResult {
  const compact = normaliseSerial(rawQuery);
  const query = looksLikeImei(rawQuery) ? compact.replace(/\D/g, '') : compact;
  if (query === '') return { exact: null, rows: [] };
  const exactRows = store.inventory.exact(query);
  const seen = new Set<number>();
  const rows: DeviceSummary[] = [];
  const add = (candidates: DeviceSummary[]) => {
    for (const row of candidates) {
      if (rows.length >= limit) return;
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      rows.push(row);
    }
  };
  add(exactRows);
  add(store.inventory.prefix(query, limit));
  if (query.length >= 3) add(store.inventory.fragment(query, limit));
  return { exact: exactRows.length === 1 ? (exactRows[0] ?? null) : null, rows };
}
