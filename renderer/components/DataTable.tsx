import {
  functionalUpdate,
  useTable,
  type Row,
  type RowData,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useState, type ReactNode } from 'react';
import { dataTableFeatures, type DataColumn, type DataTableFeatures } from './table/features';
import { TableHead } from './table/TableHead';
import { VirtualBody, type VirtualOptions } from './table/VirtualBody';

export type { DataColumn } from './table/features';
export type { VirtualOptions } from './table/VirtualBody';

export interface TableGroup {
  key: string;
  header: ReactNode;
}

export interface DataTableProps<T extends RowData> {
  /** What the table lists, for screen readers (`aria-label`); `caption` shows a title above it instead. */
  label: string;
  caption?: ReactNode;
  rows: T[];
  columns: DataColumn<T>[];
  rowId: (row: T) => string;
  /** Sorted in the page (short lists), starting with this order. */
  initialSort?: SortingState;
  /** Sorted by the server: the order shown, and what a header click asks for (`null`: no sorting at all). */
  sorting?: SortingState | null;
  onSortingChange?: (sorting: SortingState) => void;
  selection?: RowSelectionState;
  onSelectionChange?: (selection: RowSelectionState) => void;
  /** With `groupKey`: the sorted rows are split under these headers, in this order; empty groups are left out. */
  groups?: readonly TableGroup[];
  groupKey?: (row: T) => string;
  /** `data-*` attributes of a row, for tests and styles. */
  rowData?: (row: T) => Record<string, string>;
  rowClass?: (row: T) => string | undefined;
  emptyText: string;
  className?: string;
  testId?: string;
  /** Long lists: only the rows on screen exist in the page; arrow keys move, Space checks, Enter opens. */
  virtual?: VirtualOptions<T>;
}

/**
 * The renderer's one data table, on TanStack Table: sortable headers are buttons with `aria-sort`, rows may be
 * grouped, checked, or virtualised (TanStack Virtual) for lists of thousands.
 */
export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  const {
    label,
    caption,
    rows,
    columns,
    rowId,
    initialSort = [],
    sorting: serverSorting,
    onSortingChange,
    selection,
    onSelectionChange,
    emptyText,
    virtual,
  } = props;
  const [localSorting, setLocalSorting] = useState<SortingState>(initialSort);
  const manual = serverSorting !== undefined;
  const sorting = manual ? (serverSorting ?? []) : localSorting;
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    getRowId: (row: T) => rowId(row),
    state: { sorting, rowSelection: selection ?? {} },
    manualSorting: manual,
    enableSorting: serverSorting !== null,
    enableSortingRemoval: false,
    enableMultiSort: false,
    enableRowSelection: selection !== undefined,
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = functionalUpdate(updater, sorting);
      if (manual) onSortingChange?.(next);
      else setLocalSorting(next);
    },
    onRowSelectionChange: (updater: Updater<RowSelectionState>) =>
      onSelectionChange?.(functionalUpdate(updater, selection ?? {})),
  });

  if (virtual)
    return (
      <VirtualBody
        table={table}
        label={label}
        rows={rows}
        emptyText={emptyText}
        rowData={props.rowData}
        rowClass={props.rowClass}
        options={virtual}
      />
    );
  if (rows.length === 0) return <p className="empty">{emptyText}</p>;

  const sorted = table.getRowModel().rows;
  const width = table.getAllLeafColumns().length;
  const { groups, groupKey, rowData, rowClass } = props;
  const sections: { group: TableGroup | null; rows: Row<DataTableFeatures, T>[] }[] =
    groups && groupKey
      ? groups
          .map((group) => ({ group, rows: sorted.filter((row) => groupKey(row.original) === group.key) }))
          .filter((section) => section.rows.length > 0)
      : [{ group: null, rows: sorted }];

  return (
    <table
      className={['data-table', props.className].filter(Boolean).join(' ')}
      aria-label={caption ? undefined : label}
      data-testid={props.testId}
    >
      {caption ? <caption>{caption}</caption> : null}
      <TableHead table={table} />
      {sections.map((section) => (
        <tbody key={section.group?.key ?? 'all'} data-group={section.group?.key}>
          {section.group ? (
            <tr className="group-row">
              <th scope="rowgroup" colSpan={width}>
                {section.group.header}
              </th>
            </tr>
          ) : null}
          {section.rows.map((row) => (
            <tr key={row.id} className={rowClass?.(row.original)} {...rowData?.(row.original)}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} data-column={cell.column.id} className={cell.column.columnDef.meta?.className}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
