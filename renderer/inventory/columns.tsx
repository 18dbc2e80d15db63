import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { DeviceSummary } from '../../shared/contract/inventory';
import type { MessageKey } from '../../shared/i18n';
import { StatusBadge } from '../components/Badge';
import { useFormat } from '../components/format';
import { useT } from '../i18n/useT';
import type { DataTableFeatures as InventoryFeatures } from '../components/table/features';
import { SelectAllBox, SelectRowBox } from './SelectBoxes';

export type InventoryColumn = ColumnDef<InventoryFeatures, DeviceSummary>;

/** Widths in pixels; the table uses a fixed layout so that virtualised rows never shift. */
export const COLUMN_WIDTHS: Record<string, number> = {
  select: 36,
  assetTag: 106,
  status: 166,
  kind: 84,
  make: 84,
  model: 118,
  serial: 118,
  grade: 62,
  location: 100,
  updatedAt: 100,
  receivedOn: 100,
};

function header(key: MessageKey, t: (key: MessageKey) => string) {
  return () => t(key);
}

/** The inventory's columns; sortable ones carry the ids of the server's sort columns. */
export function useInventoryColumns(): InventoryColumn[] {
  const t = useT();
  const format = useFormat();
  return useMemo<InventoryColumn[]>(
    () => [
      {
        id: 'select',
        enableSorting: false,
        header: ({ table }) => <SelectAllBox table={table} />,
        cell: ({ row }) => <SelectRowBox row={row} />,
      },
      {
        accessorKey: 'assetTag',
        header: header('inventory.col.assetTag', t),
        cell: ({ row }) => (
          <a className="tag-link" href={`#/device/${encodeURIComponent(row.original.assetTag)}`} tabIndex={-1}>
            {row.original.assetTag}
          </a>
        ),
      },
      {
        accessorKey: 'status',
        header: header('inventory.col.status', t),
        cell: ({ row }) => <StatusBadge state={row.original.status} />,
      },
      {
        accessorKey: 'kind',
        header: header('inventory.col.kind', t),
        cell: ({ row }) => t(`kindShort.${row.original.kind}`),
      },
      {
        accessorKey: 'make',
        header: header('inventory.col.make', t),
        cell: ({ row }) => <span title={row.original.make}>{row.original.make}</span>,
      },
      {
        accessorKey: 'model',
        header: header('inventory.col.model', t),
        cell: ({ row }) => <span title={row.original.model}>{row.original.model}</span>,
      },
      {
        accessorKey: 'serial',
        enableSorting: false,
        header: header('inventory.col.serial', t),
        cell: ({ row }) => <span className="mono">{row.original.serial || row.original.imei || t('ui.empty')}</span>,
      },
      {
        accessorKey: 'grade',
        header: header('inventory.col.grade', t),
        cell: ({ row }) => row.original.grade ?? t('ui.empty'),
      },
      {
        accessorKey: 'location',
        enableSorting: false,
        header: header('inventory.col.location', t),
        cell: ({ row }) => row.original.location || t('ui.empty'),
      },
      {
        accessorKey: 'updatedAt',
        sortDescFirst: true,
        header: header('inventory.col.updatedAt', t),
        cell: ({ row }) => (
          <span title={format.dateTime(row.original.updatedAt)}>{format.shortDay(row.original.updatedAt)}</span>
        ),
      },
      {
        accessorKey: 'receivedOn',
        sortDescFirst: true,
        header: header('inventory.col.receivedOn', t),
        cell: ({ row }) => format.shortDay(row.original.receivedOn),
      },
    ],
    [t, format],
  );
}
