import { functionalUpdate, useTable, type RowSelectionState, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DeviceSummary } from '../../shared/contract/inventory';
import { useT } from '../i18n/useT';
import { COLUMN_WIDTHS, useInventoryColumns } from './columns';
import { GridRow } from './GridRow';
import { inventoryFeatures } from './features';
import { isSortColumn, type InventoryView } from './viewQuery';

const ROW_HEIGHT = 41;
/** Ask for the next page when the last visible row is this close to the end of what is loaded. */
const PREFETCH_ROWS = 60;

export interface InventoryTableProps {
  rows: DeviceSummary[];
  /** Every row matching the filter, loaded or not (for screen readers and the scrollbar's meaning). */
  total: number | null;
  sort: InventoryView['sort'] | null;
  onSortChange: (sort: InventoryView['sort']) => void;
  selection: RowSelectionState;
  onSelectionChange: (selection: RowSelectionState) => void;
  hasMore: boolean;
  onNeedMore: () => void;
  onOpen: (row: DeviceSummary) => void;
  emptyText: string;
  footer: string | null;
  /** The rows shown are being replaced (a new filter or sort is loading). */
  busy: boolean;
  /** Changes when the rows are those of another view: back to the top. */
  viewVersion: number;
}

/**
 * The device grid: TanStack Table for columns, server-side sorting and selection; TanStack Virtual so that only
 * the rows on screen exist in the page, however many are loaded. Arrow keys move, Space checks, Enter opens.
 */
export function InventoryTable({ rows, total, sort, onSortChange, selection, onSelectionChange, hasMore, onNeedMore, onOpen, emptyText, footer, busy, viewVersion }: InventoryTableProps) {
  const t = useT();
  const columns = useInventoryColumns();
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const sorting: SortingState = sort ? [{ id: sort.column, desc: sort.direction === 'desc' }] : [];

  const table = useTable({
    features: inventoryFeatures,
    columns,
    data: rows,
    getRowId: (row) => String(row.id),
    state: { sorting, rowSelection: selection },
    manualSorting: true,
    enableSorting: sort !== null,
    enableSortingRemoval: false,
    enableMultiSort: false,
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = functionalUpdate(updater, sorting)[0];
      if (next && isSortColumn(next.id)) onSortChange({ column: next.id, direction: next.desc ? 'desc' : 'asc' });
    },
    onRowSelectionChange: (updater: Updater<RowSelectionState>) => onSelectionChange(functionalUpdate(updater, selection)),
  });

  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastVisible = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && rows.length > 0 && lastVisible >= rows.length - PREFETCH_ROWS) onNeedMore();
  }, [hasMore, lastVisible, rows.length, onNeedMore]);

  useEffect(() => {
    if (active >= rows.length) setActive(Math.max(0, rows.length - 1));
  }, [active, rows.length]);

  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
    setActive(0);
  }, [viewVersion]);

  const moveTo = (index: number) => {
    const bounded = Math.max(0, Math.min(tableRows.length - 1, index));
    setActive(bounded);
    virtualizer.scrollToIndex(bounded, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== scroller.current || tableRows.length === 0) return;
    const page = Math.max(1, Math.floor((scroller.current.clientHeight - ROW_HEIGHT) / ROW_HEIGHT));
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: tableRows.length - 1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
      return;
    }
    const row = tableRows[active];
    if (!row) return;
    if (event.key === ' ') {
      event.preventDefault();
      row.toggleSelected();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(row.original);
    }
  };

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  const leafColumns = table.getAllLeafColumns();
  const activeRow = tableRows[active];

  return (
    <div
      className="grid-scroll"
      ref={scroller}
      tabIndex={0}
      role="region"
      aria-label={t('inventory.gridLabel')}
      aria-describedby="inventory-keys"
      aria-busy={busy}
      onKeyDown={onKeyDown}
      data-active-row={activeRow?.original.assetTag}
    >
      <table className="grid" aria-rowcount={total === null ? -1 : total + 1}>
        <colgroup>
          {leafColumns.map((column) => (
            <col key={column.id} style={{ width: COLUMN_WIDTHS[column.id] }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    data-column={header.column.id}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {canSort ? (
                      <button type="button" className={`sort-button${sorted ? ' is-sorted' : ''}`} onClick={header.column.getToggleSortingHandler()}>
                        <table.FlexRender header={header} />
                        <span className="sort-arrow" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 ? <tr className="grid-spacer" style={{ height: paddingTop }} aria-hidden="true" /> : null}
          {items.map((item) => {
            const row = tableRows[item.index];
            if (!row) return null;
            return (
              <GridRow
                key={row.id}
                row={row}
                index={item.index}
                height={ROW_HEIGHT}
                selected={row.getIsSelected()}
                active={item.index === active}
                onActivate={setActive}
                onOpen={onOpen}
              />
            );
          })}
          {paddingBottom > 0 ? <tr className="grid-spacer" style={{ height: paddingBottom }} aria-hidden="true" /> : null}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="grid-empty">{emptyText}</p> : null}
      {footer ? <p className="grid-footer">{footer}</p> : null}
    </div>
  );
}
