import { useMemo } from 'react';
import type { PreviewRow } from '../../shared/contract/imports';
import { useT } from '../i18n/useT';
import { DataTable, type DataColumn } from '../components/DataTable';

export interface PreviewTableProps {
  rows: PreviewRow[];
  targets: Record<string, string>;
  onTarget: (key: string, assetTag: string) => void;
}

/** Every row or drive of the files with what the confirmation will do; an unplaced drive takes an asset tag here. */
export function PreviewTable({ rows, targets, onTarget }: PreviewTableProps) {
  const t = useT();
  const columns = useMemo<DataColumn<PreviewRow>[]>(
    () => [
      { id: 'file', accessorKey: 'file', header: () => t('imports.ui.file') },
      {
        id: 'at',
        accessorFn: (row) => row.at ?? 0,
        header: () => t('imports.ui.row'),
        cell: ({ row }) => row.original.at ?? '',
      },
      {
        id: 'action',
        accessorKey: 'action',
        header: () => t('imports.ui.action'),
        cell: ({ row }) => (
          <span className={`import-action import-action-${row.original.action}`}>
            {t(`imports.action.${row.original.action}`)}
          </span>
        ),
      },
      {
        id: 'device',
        accessorFn: (row) => row.assetTag ?? '',
        header: () => t('imports.ui.device'),
        cell: ({ row }) =>
          row.original.refusal?.code === 'import_device_unmatched' ||
          row.original.refusal?.code === 'import_device_not_found' ||
          targets[row.original.key] !== undefined ? (
            <input
              className="input mono"
              aria-label={t('imports.ui.chooseDevice')}
              placeholder={t('imports.ui.chooseDevice')}
              value={targets[row.original.key] ?? ''}
              onChange={(event) => onTarget(row.original.key, event.target.value)}
            />
          ) : (
            <span className="mono">{row.original.assetTag ?? ''}</span>
          ),
      },
      { id: 'what', accessorFn: (row) => `${row.make} ${row.model} ${row.serial}`, header: () => t('imports.ui.what') },
      {
        id: 'erasures',
        accessorFn: (row) => row.erasures.length,
        header: () => t('imports.ui.erasures'),
        cell: ({ row }) =>
          row.original.erasures
            .map((erasure) => `${erasure.method}: ${t(`imports.status.${erasure.status}`)}`)
            .join(', '),
      },
      {
        id: 'notes',
        accessorFn: (row) => row.refusal?.code ?? '',
        header: () => t('imports.ui.notes'),
        cell: ({ row }) =>
          [
            ...row.original.failingDrives.map((drive) => `${t('imports.healthFlag')}: ${drive}`),
            ...(row.original.refusal ? [row.original.refusal.message ?? row.original.refusal.code] : []),
          ].join(' · '),
      },
    ],
    [t, targets, onTarget],
  );
  return (
    <DataTable
      label={t('imports.ui.preview')}
      rows={rows}
      columns={columns}
      rowId={(row) => row.key}
      rowData={(row) => ({ 'data-action': row.action, 'data-key': row.key })}
      emptyText={t('imports.ui.noRows')}
    />
  );
}
