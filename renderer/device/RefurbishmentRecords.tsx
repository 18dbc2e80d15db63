import { useMemo } from 'react';
import type { RefurbishmentRecord } from '../../shared/contract/refurbishment';
import type { DiagnosticCheck } from '../../shared/domain/values';
import { Badge } from '../components/Badge';
import { DataTable, type DataColumn } from '../components/DataTable';
import { useFormat } from '../components/format';
import { Panel } from '../components/Panel';
import { useT } from '../i18n/useT';

/** Bench passes: outcome, work done, faults found, and the quality check of each. */
export function RefurbishmentRecords({ records }: { records: readonly RefurbishmentRecord[] }) {
  const t = useT();
  const format = useFormat();
  const columns = useMemo<DataColumn<RefurbishmentRecord>[]>(
    () => [
      {
        id: 'date',
        accessorFn: (record) => record.recordedAt,
        sortDescFirst: true,
        header: () => t('refurb.col.date'),
        cell: ({ row }) => format.dateTime(row.original.recordedAt),
      },
      { id: 'by', accessorFn: (record) => record.performedBy.name, header: () => t('refurb.col.by') },
      {
        id: 'outcome',
        accessorFn: (record) => record.outcome,
        header: () => t('refurb.col.outcome'),
        cell: ({ row: { original: record } }) => {
          const faults = (Object.entries(record.diagnostics) as [DiagnosticCheck, string][])
            .filter(([, outcome]) => outcome === 'fail')
            .map(([check]) => t(`diagnostic.${check}`));
          return (
            <>
              <div>{t(`outcome.${record.outcome}`)}</div>
              {faults.length > 0 ? (
                <div className="muted small">{t('refurb.faults', { list: faults.join(', ') })}</div>
              ) : null}
            </>
          );
        },
      },
      {
        id: 'work',
        enableSorting: false,
        header: () => t('refurb.col.work'),
        cell: ({ row: { original: record } }) => {
          const parts = record.parts.reduce((sum, part) => sum + part.quantity, 0);
          return (
            <>
              {t('refurb.labour', { minutes: record.labourMinutes })}
              {parts > 0
                ? ` · ${t(format.plural(parts) === 'one' ? 'refurb.parts.one' : 'refurb.parts.other', { count: parts })}`
                : ''}
            </>
          );
        },
      },
      {
        id: 'qc',
        enableSorting: false,
        header: () => t('refurb.col.qc'),
        cell: ({ row: { original: record } }) =>
          record.qc ? (
            <>
              <Badge tone={record.qc.passed ? 'success' : 'danger'}>
                {t(record.qc.passed ? 'refurb.qcPassed' : 'refurb.qcFailed', { name: record.qc.by.name })}
              </Badge>
              <div className="muted small">{format.dateTime(record.qc.at)}</div>
            </>
          ) : (
            <Badge tone="warning">{t('refurb.qcPending')}</Badge>
          ),
      },
    ],
    [t, format],
  );
  return (
    <Panel title={t('device.section.refurbishments')}>
      <DataTable
        label={t('device.section.refurbishments')}
        rows={[...records]}
        columns={columns}
        rowId={(record) => String(record.id)}
        emptyText={t('device.noRefurbishments')}
      />
    </Panel>
  );
}
