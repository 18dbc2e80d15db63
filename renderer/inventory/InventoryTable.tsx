import type { RowSelectionState, SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { DeviceSummary } from '../../shared/contract/inventory';
import { DataTable } from '../components/DataTable';
import { useT } from '../i18n/useT';
import { COLUMN_WIDTHS, useInventoryColumns } from './columns';
import { isSortColumn, type InventoryView } from './viewQuery';

const ROW_HEIGHT = 41;

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

const rowId = (row: DeviceSummary) => String(row.id);
const rowData = (row: DeviceSummary) => ({ 'data-tag': row.assetTag, 'data-status': row.status });
const activeValue = (row: DeviceSummary) => row.assetTag;

/**
 * The device grid: the shared data table, sorted by the server, with check boxes, virtualised so that only the
 * rows on screen exist in the page however many are loaded. Arrow keys move, Space checks, Enter opens.
 */
export function InventoryTable({
  rows,
  total,
  sort,
  onSortChange,
  selection,
  onSelectionChange,
  hasMore,
  onNeedMore,
  onOpen,
  emptyText,
  footer,
  busy,
  viewVersion,
}: InventoryTableProps) {
  const t = useT();
  const columns = useInventoryColumns();
  const sorting = useMemo<SortingState | null>(
    () => (sort ? [{ id: sort.column, desc: sort.direction === 'desc' }] : null),
    [sort],
  );
  return (
    <DataTable
      label={t('inventory.gridLabel')}
      rows={rows}
      columns={columns}
      rowId={rowId}
      rowData={rowData}
      sorting={sorting}
      onSortingChange={(next) => {
        const first = next[0];
        if (first && isSortColumn(first.id)) onSortChange({ column: first.id, direction: first.desc ? 'desc' : 'asc' });
      }}
      selection={selection}
      onSelectionChange={onSelectionChange}
      emptyText={emptyText}
      virtual={{
        rowHeight: ROW_HEIGHT,
        columnWidths: COLUMN_WIDTHS,
        total,
        hasMore,
        onNeedMore,
        onOpen,
        footer,
        busy,
        viewVersion,
        describedBy: 'inventory-keys',
        activeValue,
      }}
    />
  );
}
