import { FlexRender, type Row, type RowData } from '@tanstack/react-table';
import { memo } from 'react';
import type { DataTableFeatures } from './features';

export interface VirtualRowProps<T extends RowData> {
  row: Row<DataTableFeatures, T>;
  index: number;
  height: number;
  /** Passed separately so that a row re-renders when its selection or focus changes, and only then. */
  selected: boolean;
  active: boolean;
  /** Stable functions (defined once, outside the screen's render), so the memo holds. */
  rowClass: ((row: T) => string | undefined) | undefined;
  rowData: ((row: T) => Record<string, string>) | undefined;
  onActivate: (index: number) => void;
  onOpen: (row: T) => void;
}

/**
 * One virtualised row. Memoised: while scrolling, rows that stay on screen are not rendered again, only the ones
 * that scroll in. TanStack keeps row objects stable until the data changes.
 */
function VirtualRowOf<T extends RowData>({
  row,
  index,
  height,
  selected,
  active,
  rowClass,
  rowData,
  onActivate,
  onOpen,
}: VirtualRowProps<T>) {
  const classes = ['grid-row', selected ? 'is-selected' : '', active ? 'is-active' : '', rowClass?.(row.original) ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <tr
      className={classes}
      style={{ height }}
      aria-rowindex={index + 2}
      {...rowData?.(row.original)}
      onClick={() => onActivate(index)}
      onDoubleClick={() => onOpen(row.original)}
    >
      {row.getAllCells().map((cell) => (
        <td key={cell.id} data-column={cell.column.id} className={cell.column.columnDef.meta?.className}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
}

export const VirtualRow = memo(VirtualRowOf) as typeof VirtualRowOf;
