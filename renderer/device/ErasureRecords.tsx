import { useMemo } from 'react';
import type { Drive } from '../../shared/contract/devices';
import type { ErasureRecord } from '../../shared/contract/erasure';
import { Badge } from '../components/Badge';
import { DataTable, type DataColumn } from '../components/DataTable';
import { describeDrive } from '../components/describeDrive';
import { useFormat } from '../components/format';
import { Panel } from '../components/Panel';
import { useT } from '../i18n/useT';

/** Every erasure recorded for the device, naming the drive it was for: the proof a certificate is built from. */
export function ErasureRecords({ erasures, drives }: { erasures: readonly ErasureRecord[]; drives: readonly Drive[] }) {
  const t = useT();
  const format = useFormat();
  const columns = useMemo<DataColumn<ErasureRecord>[]>(
    () => [
      {
        id: 'subject',
        accessorFn: (erasure) => (erasure.driveId === null ? '' : describeDrive(t, drives, erasure.driveId)),
        header: () => t('erasure.col.subject'),
        cell: ({ row: { original: erasure } }) => (
          <span data-testid="erasure-subject">
            {erasure.driveId === null ? t('device.wholeDevice') : describeDrive(t, drives, erasure.driveId)}
          </span>
        ),
      },
      {
        id: 'method',
        enableSorting: false,
        header: () => t('erasure.col.method'),
        cell: ({ row: { original: erasure } }) => (
          <>
            <div>{t(`technique.${erasure.technique}`)}</div>
            <div className="muted small">
              {t(`level.${erasure.level}`)}
              {erasure.passes
                ? ` · ${t(format.plural(erasure.passes) === 'one' ? 'erasure.passes.one' : 'erasure.passes.other', { count: erasure.passes })}`
                : ''}
              {` · ${t('erasure.verificationKind', { kind: t(`verification.${erasure.verification}`) })}`}
            </div>
          </>
        ),
      },
      {
        id: 'tool',
        accessorFn: (erasure) => erasure.tool,
        header: () => t('erasure.col.tool'),
        cell: ({ row: { original: erasure } }) => (
          <>
            {erasure.tool}
            {erasure.toolVersion ? <span className="muted"> {erasure.toolVersion}</span> : null}
          </>
        ),
      },
      {
        id: 'when',
        accessorFn: (erasure) => erasure.endedAt,
        sortDescFirst: true,
        header: () => t('erasure.col.when'),
        cell: ({ row }) => format.dateTime(row.original.endedAt),
      },
      {
        id: 'result',
        accessorFn: (erasure) => erasure.result,
        header: () => t('erasure.col.result'),
        cell: ({ row: { original: erasure } }) => (
          <Badge tone={erasure.result === 'success' ? 'success' : 'danger'}>{t(`result.${erasure.result}`)}</Badge>
        ),
      },
      {
        id: 'performedBy',
        accessorFn: (erasure) => erasure.performedBy.name,
        header: () => t('erasure.col.performedBy'),
      },
      {
        id: 'verifiedBy',
        accessorFn: (erasure) => erasure.verifiedBy?.name ?? '',
        header: () => t('erasure.col.verifiedBy'),
        cell: ({ row: { original: erasure } }) =>
          erasure.verifiedBy ? (
            <>
              <div>{erasure.verifiedBy.name}</div>
              {erasure.verifiedAt ? <div className="muted small">{format.dateTime(erasure.verifiedAt)}</div> : null}
            </>
          ) : (
            <span className="muted">{erasure.result === 'success' ? t('erasure.notVerified') : t('ui.empty')}</span>
          ),
      },
    ],
    [t, format, drives],
  );
  return (
    <Panel title={t('device.section.erasures')}>
      <DataTable
        label={t('device.section.erasures')}
        rows={[...erasures]}
        columns={columns}
        rowId={(erasure) => String(erasure.id)}
        rowData={(erasure) => ({ 'data-erasure': String(erasure.id) })}
        emptyText={t('device.noErasures')}
      />
    </Panel>
  );
}
