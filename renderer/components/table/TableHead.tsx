import { FlexRender, type RowData, type Table } from '@tanstack/react-table';
import type { DataTableFeatures } from './features';

/**
 * The header row of a data table: a sortable column's title is a button (Enter or Space sorts, again reverses)
 * and its cell says the order with `aria-sort`.
 */
export function TableHead<T extends RowData>({
  table,
  rowIndex,
}: {
  table: Table<DataTableFeatures, T>;
  rowIndex?: number;
}) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} aria-rowindex={rowIndex}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            return (
              <th
                key={header.id}
                scope="col"
                data-column={header.column.id}
                className={header.column.columnDef.meta?.className}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
              >
                {header.column.getCanSort() ? (
                  <button
                    type="button"
                    className={`sort-button${sorted ? ' is-sorted' : ''}`}
                    onClick={header.column.getToggleSortingHandler()}
                  >
                    <FlexRender header={header} />
                    <span className="sort-arrow" aria-hidden="true">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                ) : (
                  <FlexRender header={header} />
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
