import type { SortColumn } from '../../shared/contract/inventory';
import { DEVICE_STATES, type DeviceState } from '../../shared/domain/lifecycle';
import { APPEARANCE_GRADES, DEVICE_KINDS, type AppearanceGrade, type DeviceKind } from '../../shared/domain/values';
import { routeHash } from '../app/router';

/** What the inventory shows: the server-side filter and sort, kept in the URL so views can be linked. */
export interface InventoryView {
  statuses: DeviceState[];
  kinds: DeviceKind[];
  grades: AppearanceGrade[];
  siteId: number | null;
  batchId: number | null;
  sort: { column: SortColumn; direction: 'asc' | 'desc' };
}

/**
 * The server's sortable columns. Typed against the contract's `SortColumn` so a column added or removed there
 * fails to compile here; importing the contract's list itself would bring zod into the renderer bundle.
 */
const SORTABLE: Record<SortColumn, true> = {
  assetTag: true,
  kind: true,
  status: true,
  make: true,
  model: true,
  grade: true,
  receivedOn: true,
  updatedAt: true,
};

export function isSortColumn(id: string): id is SortColumn {
  return Object.hasOwn(SORTABLE, id);
}

export const DEFAULT_SORT: InventoryView['sort'] = { column: 'updatedAt', direction: 'desc' };

export function emptyView(): InventoryView {
  return { statuses: [], kinds: [], grades: [], siteId: null, batchId: null, sort: DEFAULT_SORT };
}

function listOf<V extends string>(raw: string | null, allowed: readonly V[]): V[] {
  if (!raw) return [];
  const wanted = raw.split(',');
  return allowed.filter((value) => wanted.includes(value));
}

function idOf(raw: string | null): number | null {
  const value = Number(raw);
  return raw && Number.isInteger(value) && value > 0 ? value : null;
}

/** Reads `?status=ready,erased&kind=laptop&site=1&batch=4&sort=-receivedOn`; unknown values are ignored. */
export function viewFromQuery(query: URLSearchParams): InventoryView {
  const rawSort = query.get('sort') ?? '';
  const descending = rawSort.startsWith('-');
  const name = rawSort.replace(/^-/, '');
  const column = isSortColumn(name) ? name : null;
  return {
    statuses: listOf(query.get('status'), DEVICE_STATES),
    kinds: listOf(query.get('kind'), DEVICE_KINDS),
    grades: listOf(query.get('grade'), APPEARANCE_GRADES),
    siteId: idOf(query.get('site')),
    batchId: idOf(query.get('batch')),
    sort: column ? { column, direction: descending ? 'desc' : 'asc' } : DEFAULT_SORT,
  };
}

export function viewToQuery(view: Partial<InventoryView>): URLSearchParams {
  const query = new URLSearchParams();
  if (view.statuses?.length) query.set('status', view.statuses.join(','));
  if (view.kinds?.length) query.set('kind', view.kinds.join(','));
  if (view.grades?.length) query.set('grade', view.grades.join(','));
  if (view.siteId) query.set('site', String(view.siteId));
  if (view.batchId) query.set('batch', String(view.batchId));
  const sort = view.sort;
  if (sort && (sort.column !== DEFAULT_SORT.column || sort.direction !== DEFAULT_SORT.direction)) {
    query.set('sort', `${sort.direction === 'desc' ? '-' : ''}${sort.column}`);
  }
  return query;
}

/** A link to the inventory showing only part of it, e.g. `inventoryHref({ statuses: ['ready'] })`. */
export function inventoryHref(view: Partial<InventoryView>): string {
  return routeHash('inventory', null, viewToQuery(view));
}
