import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import type { DeviceSummary } from '../../shared/contract/inventory';
import type { ApiError } from '../../shared/errors';
import { callOrThrow, errorOf } from '../api/queries';
import type { InventoryView } from './viewQuery';

const PAGE_SIZE = 200;
const NO_ROWS: DeviceSummary[] = [];

export interface InventoryRows {
  rows: DeviceSummary[];
  hasMore: boolean;
  loading: boolean;
  /** Counts the views shown: changes when the first page of a new view replaces the rows. */
  viewVersion: number;
  error: ApiError | null;
  /** Fetches the next page after the last loaded row (keyset), unless one is already on its way. */
  loadMore: () => void;
}

/**
 * The inventory's rows, page by page in the server's sort order, cached under `inventory.list` with the view. A new
 * view (filter or sort) starts over, but the rows on screen stay (marked loading) until its first page replaces
 * them: emptying the table in between would cost a second full render for a blink. A change to devices marks the
 * query stale (`useApiMutation`); its loaded pages are then fetched again in order, each from the previous one's cursor.
 */
export function useInventoryRows(view: InventoryView): InventoryRows {
  const { sort, ...filter } = view;
  const viewKey = JSON.stringify(view);
  const query = useInfiniteQuery({
    queryKey: ['inventory.list', { filter, sort, limit: PAGE_SIZE }],
    queryFn: ({ pageParam }) => callOrThrow('inventory.list', { filter, sort, limit: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
  const shown = useRef({ viewKey: '', version: 0 });
  if (query.data && !query.isPlaceholderData && shown.current.viewKey !== viewKey) {
    shown.current = { viewKey, version: shown.current.version + 1 };
  }
  const { hasNextPage, isFetching, fetchNextPage } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetching) void fetchNextPage();
  }, [hasNextPage, isFetching, fetchNextPage]);
  const pages = query.data?.pages;
  const rows = useMemo(() => (pages ? pages.flatMap((page) => page.rows) : NO_ROWS), [pages]);
  return {
    rows,
    hasMore: hasNextPage,
    loading: isFetching,
    viewVersion: shown.current.version,
    error: errorOf(query.error),
    loadMore,
  };
}
