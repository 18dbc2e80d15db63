import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeviceSummary } from '../../shared/contract/inventory';
import type { ApiError } from '../../shared/errors';
import { useApi } from '../api/useApi';
import type { InventoryView } from './viewQuery';

const PAGE_SIZE = 200;

export interface InventoryRows {
  rows: DeviceSummary[];
  hasMore: boolean;
  loading: boolean;
  /** Counts the views shown: changes when the first page of a new view replaces the rows. */
  viewVersion: number;
  error: ApiError | null;
  /** Fetches the next page after the last loaded row (keyset), unless one is already on its way. */
  loadMore: () => void;
  /** Starts again from the first page, e.g. after a bulk action changed statuses. */
  reload: () => void;
}

interface State {
  rows: DeviceSummary[];
  hasMore: boolean;
  loading: boolean;
  error: ApiError | null;
  viewVersion: number;
}

const INITIAL: State = { rows: [], hasMore: true, loading: true, error: null, viewVersion: 0 };

/**
 * The inventory's rows, page by page in the server's sort order. A new view (filter or sort) starts over, but the
 * rows on screen stay (marked loading) until its first page replaces them: emptying the table in between would
 * cost a second full render for a blink. Pages that arrive for an older view are dropped.
 */
export function useInventoryRows(view: InventoryView): InventoryRows {
  const call = useApi();
  const [state, setState] = useState<State>(INITIAL);
  const generation = useRef(0);
  const inFlight = useRef(false);
  /** The cursor of the next page, null when the last page is loaded. */
  const nextCursor = useRef<string | null>(null);
  const viewKey = JSON.stringify(view);

  const fetchPage = useCallback(
    async (cursor: string | null, fresh: boolean) => {
      const mine = fresh ? ++generation.current : generation.current;
      inFlight.current = true;
      if (fresh) nextCursor.current = null;
      setState((previous) => ({ ...previous, loading: true }));
      const parsed = JSON.parse(viewKey) as InventoryView;
      const { sort, ...filter } = parsed;
      const result = await call('inventory.list', { filter, sort, limit: PAGE_SIZE, cursor });
      if (mine !== generation.current) return;
      inFlight.current = false;
      if (!result.ok) {
        setState((previous) => ({ ...previous, loading: false, error: result.error }));
        return;
      }
      const page = result.value;
      nextCursor.current = page.nextCursor;
      setState((previous) => ({
        rows: fresh ? page.rows : [...previous.rows, ...page.rows],
        hasMore: page.nextCursor !== null,
        loading: false,
        error: null,
        viewVersion: fresh ? previous.viewVersion + 1 : previous.viewVersion,
      }));
    },
    [call, viewKey],
  );

  useEffect(() => {
    void fetchPage(null, true);
  }, [fetchPage]);

  const loadMore = useCallback(() => {
    if (inFlight.current || nextCursor.current === null) return;
    void fetchPage(nextCursor.current, false);
  }, [fetchPage]);

  const reload = useCallback(() => void fetchPage(null, true), [fetchPage]);

  return { ...state, loadMore, reload };
}
