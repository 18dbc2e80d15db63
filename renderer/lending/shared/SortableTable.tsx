import {
  createSortedRowModel,
  functionalUpdate,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
  type ColumnDef,
  type Row,
  type RowData,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useState, type ReactNode } from 'react';

/** TanStack Table v9 with client-side sorting: the lending lists are short (hundreds of rows, not thousands). */
export const sortableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, text: sortFn_text },
});
export type SortableFeatures = typeof sortableFeatures;
export type SortableColumn<T extends RowData> = ColumnDef<SortableFeatures, T>;

export interface TableGroup {
  key: string;
  header: ReactNode;
}

export interface SortableTableProps<T extends RowData> {
  label: string;
  rows: T[];
  columns: SortableColumn<T>[];
  rowId: (row: T) => string;
  initialSort?: SortingState;
  /** With `groupKey`: the sorted rows are split under these headers, in this order; empty groups are left out. */
  groups?: readonly TableGroup[];
  groupKey?: (row: T) => string;
  /** `data-*` attributes of a row, for tests and styles. */
  rowData?: (row: T) => Record<string, string>;
  rowClass?: (row: T) => string | undefined;
  emptyText: string;
}

/** A sortable table (click a header; again to reverse), optionally grouped, for the lending screens. */
export function SortableTable<T extends RowData>({ label, rows, columns, rowId, initialSort = [], groups, groupKey, rowData, rowClass, emptyText }: SortableTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const table = useTable({
    features: sortableFeatures,
    columns,
    data: rows,
    getRowId: (row: T) => rowId(row),
    state: { sorting },
    enableSortingRemoval: false,
    enableMultiSort: false,
    onSortingChange: (updater: Updater<SortingState>) => setSorting((current) => functionalUpdate(updater, current)),
  });
  if (rows.length === 0) return <p className="empty">{emptyText}</p>;

  const sorted = table.getRowModel().rows;
  const width = table.getAllLeafColumns().length;
  const sections: { group: TableGroup | null; rows: Row<SortableFeatures, T>[] }[] =
    groups && groupKey
      ? groups
          .map((group) => ({ group, rows: sorted.filter((row) => groupKey(row.original) === group.key) }))
          .filter((section) => section.rows.length > 0)
      : [{ group: null, rows: sorted }];

  return (
    <table className="data-table lending-table" aria-label={label}>
      <thead>
        {table.getHeaderGroups().map((headerGroup) => (
          <tr key={headerGroup.id}>
            {headerGroup.headers.map((header) => {
              const direction = header.column.getIsSorted();
              return (
                <th
                  key={header.id}
                  scope="col"
                  data-column={header.column.id}
                  aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined}
                >
                  {header.column.getCanSort() ? (
                    <button type="button" className={`sort-button${direction ? ' is-sorted' : ''}`} onClick={header.column.getToggleSortingHandler()}>
                      <table.FlexRender header={header} />
                      <span className="sort-arrow" aria-hidden="true">
                        {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
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
                <td key={cell.id} data-column={cell.column.id}>
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
