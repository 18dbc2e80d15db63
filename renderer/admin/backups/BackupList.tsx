import { useMemo } from 'react';
import type { BackupRecord, BackupStatus } from '../../../shared/contract/backups';
import { formatFileSize } from '../../../shared/domain/file-size';
import { Badge, type BadgeTone } from '../../components/Badge';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { useFormat } from '../../components/format';
import { useT } from '../../i18n/useT';

const TONE: Record<BackupStatus, BadgeTone> = { verified: 'success', failed: 'danger', unverified: 'muted' };

/** The folder's backups, newest first, each with its status and, for a failed one, why. */
export function BackupList({ backups }: { backups: readonly BackupRecord[] }) {
  const t = useT();
  const format = useFormat();
  const columns = useMemo<DataColumn<BackupRecord>[]>(
    () => [
      {
        id: 'at',
        accessorFn: (record) => record.takenAt,
        sortDescFirst: true,
        header: () => t('backups.column.at'),
        cell: ({ row }) => format.dateTime(row.original.takenAt),
      },
      {
        id: 'status',
        accessorFn: (record) => record.status,
        header: () => t('backups.column.status'),
        cell: ({ row: { original: record } }) => (
          <>
            <Badge tone={TONE[record.status]}>{t(`backups.status.${record.status}`)}</Badge>
            {record.problem ? <span className="muted"> {t(`backups.problem.${record.problem}`)}</span> : null}
          </>
        ),
      },
      {
        id: 'reason',
        enableSorting: false,
        header: () => t('backups.column.reason'),
        cell: ({ row }) => t(`backups.reason.${row.original.reason}`),
      },
      {
        id: 'size',
        accessorFn: (record) => record.size,
        header: () => t('backups.column.size'),
        cell: ({ row }) => formatFileSize(row.original.size, format.locale),
      },
      {
        id: 'file',
        enableSorting: false,
        header: () => t('backups.column.file'),
        cell: ({ row }) => <span className="mono">{row.original.file}</span>,
      },
    ],
    [t, format],
  );
  return (
    <div>
      <h3>{t('backups.list')}</h3>
      <DataTable
        label={t('backups.list')}
        className="backups-table"
        rows={[...backups]}
        columns={columns}
        rowId={(record) => record.file}
        emptyText={t('ui.empty')}
      />
    </div>
  );
}
