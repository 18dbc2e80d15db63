import type { Row, Table } from '@tanstack/react-table';
import { useEffect, useRef } from 'react';
import type { DeviceSummary } from '../../shared/contract/inventory';
import { useT } from '../i18n/useT';
import type { DataTableFeatures as InventoryFeatures } from '../components/table/features';

/** The header box: checks every loaded row, or none; shows a dash when some are checked. */
export function SelectAllBox({ table }: { table: Table<InventoryFeatures, DeviceSummary> }) {
  const t = useT();
  const box = useRef<HTMLInputElement>(null);
  const all = table.getIsAllRowsSelected();
  const some = table.getIsSomeRowsSelected();
  useEffect(() => {
    if (box.current) box.current.indeterminate = some && !all;
  }, [some, all]);
  return (
    <input
      ref={box}
      type="checkbox"
      className="row-check"
      checked={all}
      aria-label={t('inventory.selectAll')}
      onChange={table.getToggleAllRowsSelectedHandler()}
    />
  );
}

/** A row's box; Shift+click checks or unchecks the whole range from the previous click (TanStack's range selection). */
export function SelectRowBox({ row }: { row: Row<InventoryFeatures, DeviceSummary> }) {
  const t = useT();
  return (
    <input
      type="checkbox"
      className="row-check"
      checked={row.getIsSelected()}
      aria-label={t('inventory.selectRow', { tag: row.original.assetTag })}
      onChange={row.getToggleSelectedHandler()}
      onClick={(event) => event.stopPropagation()}
      tabIndex={-1}
    />
  );
}
