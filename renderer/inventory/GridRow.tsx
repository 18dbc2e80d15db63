import { FlexRender, type Row } from '@tanstack/react-table';
import { memo } from 'react';
import type { DeviceSummary } from '../../shared/contract/inventory';
import type { InventoryFeatures } from './features';

export interface GridRowProps {
  row: Row<InventoryFeatures, DeviceSummary>;
  index: number;
  height: number;
  /** Passed separately so that a row re-renders when its selection or focus changes, and only then. */
  selected: boolean;
  active: boolean;
  onActivate: (index: number) => void;
  onOpen: (device: DeviceSummary) => void;
}

/**
 * One virtualised row. Memoised: while scrolling, rows that stay on screen are not rendered again, only the
 * ones that scroll in. TanStack keeps row objects stable until the data changes.
 */
export const GridRow = memo(function GridRow({ row, index, height, selected, active, onActivate, onOpen }: GridRowProps) {
  const classes = ['grid-row', selected ? 'is-selected' : '', active ? 'is-active' : ''].filter(Boolean).join(' ');
  return (
    <tr
      className={classes}
      style={{ height }}
      aria-rowindex={index + 2}
      data-tag={row.original.assetTag}
      data-status={row.original.status}
      onClick={() => onActivate(index)}
      onDoubleClick={() => onOpen(row.original)}
    >
      {row.getAllCells().map((cell) => (
        <td key={cell.id} data-column={cell.column.id}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
});
