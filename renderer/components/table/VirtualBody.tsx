import type { RowData, Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DataTableFeatures } from './features';
import { TableHead } from './TableHead';
import { VirtualRow } from './VirtualRow';

export interface VirtualOptions<T extends RowData> {
  rowHeight: number;
  /** Widths in pixels by column id: the table has a fixed layout so that virtualised rows never shift. */
  columnWidths?: Record<string, number>;
  /** Every row there is, loaded or not (for screen readers); null when unknown. */
  total: number | null;
  /** More rows can be loaded: asked for when the last row shown comes near the end of what is loaded. */
  hasMore?: boolean;
  onNeedMore?: () => void;
  onOpen: (row: T) => void;
  footer?: string | null;
  /** The rows shown are being replaced (a new filter or sort is loading). */
  busy?: boolean;
  /** Changes when the rows are those of another view: back to the top. */
  viewVersion?: number;
  /** The id of the text that explains the keys. */
  describedBy?: string;
  /** What the scroll area's `data-active-row` says of the row with focus. */
  activeValue?: (row: T) => string;
}

/** Ask for the next page when the last visible row is this close to the end of what is loaded. */
const PREFETCH_ROWS = 60;

interface VirtualBodyProps<T extends RowData> {
  table: Table<DataTableFeatures, T>;
  label: string;
  rows: T[];
  emptyText: string;
  rowData: ((row: T) => Record<string, string>) | undefined;
  rowClass: ((row: T) => string | undefined) | undefined;
  options: VirtualOptions<T>;
}

/** The long-list form of the data table: a focusable scroll area where only the rows on screen are rendered. */
export function VirtualBody<T extends RowData>({
  table,
  label,
  rows,
  emptyText,
  rowData,
  rowClass,
  options,
}: VirtualBodyProps<T>) {
  const {
    rowHeight,
    columnWidths,
    total,
    hasMore = false,
    onNeedMore,
    onOpen,
    footer = null,
    busy = false,
    viewVersion = 0,
    describedBy,
    activeValue,
  } = options;
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastVisible = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && rows.length > 0 && lastVisible >= rows.length - PREFETCH_ROWS) onNeedMore?.();
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
    const page = Math.max(1, Math.floor((scroller.current.clientHeight - rowHeight) / rowHeight));
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: tableRows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
      return;
    }
    const row = tableRows[active];
    if (!row) return;
    if (event.key === ' ' && row.getCanSelect()) {
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
  const columnIds = useMemo(() => leafColumns.map((column) => column.id), [leafColumns]);

  return (
    <div
      className="grid-scroll"
      ref={scroller}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region takes the focus so the keyboard can scroll it (axe: scrollable-region-focusable).
      tabIndex={0}
      role="region"
      aria-label={label}
      aria-describedby={describedBy}
      aria-busy={busy}
      onKeyDown={onKeyDown}
      data-active-row={activeRow && activeValue ? activeValue(activeRow.original) : undefined}
    >
      <table className="grid" aria-label={label} aria-rowcount={total === null ? -1 : total + 1}>
        {columnWidths ? (
          <colgroup>
            {columnIds.map((id) => (
              <col key={id} style={{ width: columnWidths[id] }} />
            ))}
          </colgroup>
        ) : null}
        <TableHead table={table} rowIndex={1} />
        <tbody>
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row, never focusable, that only holds the scroll height. */}
          {paddingTop > 0 ? <tr className="grid-spacer" style={{ height: paddingTop }} aria-hidden="true" /> : null}
          {items.map((item) => {
            const row = tableRows[item.index];
            if (!row) return null;
            return (
              <VirtualRow
                key={row.id}
                row={row}
                index={item.index}
                height={rowHeight}
                selected={row.getIsSelected()}
                active={item.index === active}
                rowClass={rowClass}
                rowData={rowData}
                onActivate={setActive}
                onOpen={onOpen}
              />
            );
          })}
          {paddingBottom > 0 ? (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row, never focusable, that only holds the scroll height.
            <tr className="grid-spacer" style={{ height: paddingBottom }} aria-hidden="true" />
          ) : null}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="grid-empty">{emptyText}</p> : null}
      {footer ? <p className="grid-footer">{footer}</p> : null}
    </div>
  );
}
