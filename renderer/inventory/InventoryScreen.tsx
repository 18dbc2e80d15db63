import type { RowSelectionState } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DeviceSummary } from '../../shared/contract/inventory';
import type { ApiError } from '../../shared/errors';
import { useApiFetch } from '../api/useApiFetch';
import { navigate, replaceQuery, useRoute } from '../app/router';
import type { ScreenProps } from '../app/routes';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { useFormat } from '../components/format';
import { PageHeader } from '../components/PageHeader';
import { ScanInput, type ScanOutcome } from '../components/ScanInput';
import { useApiQuery } from '../api/queries';
import { ExportButton } from '../exports/ExportButton';
import { useT } from '../i18n/useT';
import { BulkBar } from './BulkBar';
import { FilterBar } from './FilterBar';
import { InventoryTable } from './InventoryTable';
import { useInventoryRows } from './useInventoryRows';
import { viewFromQuery, viewToQuery, type InventoryView } from './viewQuery';
import './inventory.css';

interface SearchState {
  query: string;
  rows: DeviceSummary[];
}

function openDevice(device: DeviceSummary): void {
  navigate('device', device.assetTag);
}

/** Whether keys go to a text field (where Ctrl+A and / keep their usual meaning); a checkbox does not count. */
function isTyping(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Every device, filtered and sorted by the server, loaded page by page as the list scrolls. */
export function InventoryScreen(_props: ScreenProps) {
  const t = useT();
  const format = useFormat();
  const read = useApiFetch();
  const route = useRoute();
  const view = useMemo(() => viewFromQuery(route.query), [route.query]);
  const { sort: _sort, ...filter } = view;
  const list = useInventoryRows(view);
  const count = useApiQuery('inventory.count', { filter });
  const [search, setSearch] = useState<SearchState | null>(null);
  const [searchError, setSearchError] = useState<ApiError | null>(null);
  const [searching, setSearching] = useState(false);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const searchBox = useRef<HTMLInputElement>(null);

  const rows = search ? search.rows : list.rows;
  const byId = useMemo(() => new Map(rows.map((row) => [String(row.id), row])), [rows]);
  const selected = useMemo(() => Object.keys(selection).flatMap((id) => byId.get(id) ?? []), [selection, byId]);

  const changeView = (next: InventoryView) => {
    setSelection({});
    setSearch(null);
    replaceQuery(viewToQuery(next));
  };

  const runSearch = useCallback(
    async (query: string): Promise<ScanOutcome> => {
      setSearching(true);
      const result = await read('inventory.search', { query, limit: 100 });
      setSearching(false);
      if (!result.ok) {
        setSearchError(result.error);
        return 'refused';
      }
      setSearchError(null);
      if (result.value.exact) {
        navigate('device', result.value.exact.assetTag);
        return 'accepted';
      }
      setSelection({});
      setSearch({ query, rows: result.value.rows });
      return 'undecided';
    },
    [read],
  );

  // The action's mutation has marked the rows and the count stale; a search shown was read once, so it runs again.
  const searchQuery = search?.query ?? null;
  const afterBulk = useCallback(() => {
    setSelection({});
    if (searchQuery !== null) void runSearch(searchQuery);
  }, [searchQuery, runSearch]);

  useEffect(() => {
    searchBox.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (document.querySelector('dialog[open]') || isTyping(event.target)) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      setSelection(Object.fromEntries(rows.map((row) => [String(row.id), true] as const)));
    } else if (event.key === '/') {
      event.preventDefault();
      searchBox.current?.focus();
    } else if (event.key === 'Escape' && Object.keys(selection).length > 0) {
      setSelection({});
    }
  };

  const total = count.data?.total ?? null;
  const filtered =
    filter.statuses.length + filter.kinds.length + filter.grades.length > 0 ||
    filter.siteId !== null ||
    filter.batchId !== null;
  const subtitle =
    total === null
      ? t('ui.loading')
      : t(`inventory.${filtered ? 'totalFiltered' : 'total'}.${format.plural(total)}`, { count: format.number(total) });

  let footer: string | null = null;
  if (!search && list.rows.length > 0) {
    if (list.loading) footer = t('inventory.loadingMore');
    else if (!list.hasMore) footer = t('inventory.end');
    else if (total !== null)
      footer = t('inventory.loadedOf', { loaded: format.number(list.rows.length), total: format.number(total) });
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the screen's shortcuts, caught as they bubble up from its controls.
    <div className="inventory" onKeyDown={onKeyDown}>
      <PageHeader
        title={t('inventory.title')}
        subtitle={<span data-testid="inventory-total">{subtitle}</span>}
        actions={
          <div className="inventory-search">
            <ScanInput
              label={t('inventory.search')}
              hideLabel
              placeholder={t('inventory.searchPlaceholder')}
              variant="search"
              onScan={runSearch}
              onClear={() => setSearch(null)}
              busy={searching}
              inputRef={searchBox}
              invalid={searchError !== null}
            />
            <ExportButton
              dataset="inventory"
              filter={filter}
              sort={view.sort}
              others={['erasures', 'batches', 'donors']}
            />
          </div>
        }
      />
      <FilterBar view={view} onChange={changeView} />
      <ErrorBanner error={searchError ?? list.error ?? count.error} onDismiss={() => setSearchError(null)} />
      {search ? (
        <div className="banner banner-info search-banner" role="status">
          <p>
            {search.rows.length === 0
              ? t('inventory.searchNone', { query: search.query })
              : t(`inventory.searchResults.${format.plural(search.rows.length)}`, {
                  count: search.rows.length,
                  query: search.query,
                })}
          </p>
          <Button size="small" onClick={() => setSearch(null)}>
            {t('inventory.backToList')}
          </Button>
        </div>
      ) : null}
      <BulkBar selected={selected} onClear={() => setSelection({})} onApplied={afterBulk} />
      <InventoryTable
        rows={rows}
        total={search ? search.rows.length : total}
        sort={search ? null : view.sort}
        onSortChange={(sort) => changeView({ ...view, sort })}
        selection={selection}
        onSelectionChange={setSelection}
        hasMore={!search && list.hasMore}
        onNeedMore={list.loadMore}
        onOpen={openDevice}
        emptyText={
          list.loading && !search
            ? t('ui.loading')
            : search
              ? t('inventory.searchNone', { query: search.query })
              : t('inventory.empty')
        }
        footer={footer}
        busy={!search && list.loading && list.rows.length > 0}
        viewVersion={list.viewVersion}
      />
      <p id="inventory-keys" className="inventory-keys">
        {t('inventory.keys')}
      </p>
    </div>
  );
}
