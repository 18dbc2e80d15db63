import { useMemo } from 'react';
import type { HandoverSummary } from '../../../shared/contract/lending-types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../components/format';
import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { Panel } from '../../components/Panel';
import { HandoverLink } from '../handover-page/HandoverLink';

/** Every loan or donation made to this person, open ones first in the eye: what they still hold. */
export function BeneficiaryHandovers({ beneficiaryId }: { beneficiaryId: number }) {
  const t = useT();
  const format = useFormat();
  const handovers = useApiQuery('handovers.list', { beneficiaryId, limit: 500 });
  const columns = useMemo<DataColumn<HandoverSummary>[]>(
    () => [
      {
        id: 'number',
        accessorKey: 'number',
        header: () => t('beneficiaries.handoverNumber'),
        cell: ({ row }) => <HandoverLink id={row.original.id} number={row.original.number} />,
      },
      { id: 'kind', accessorFn: (row) => t(`handoverKind.${row.kind}`), header: () => t('beneficiaries.handoverKind') },
      {
        id: 'handedOn',
        accessorKey: 'handedOn',
        sortDescFirst: true,
        header: () => t('field.handedOn'),
        cell: ({ row }) => format.day(row.original.handedOn),
      },
      {
        id: 'dueOn',
        accessorFn: (row) => row.dueOn ?? '',
        header: () => t('field.dueOn'),
        cell: ({ row }) => (row.original.dueOn ? format.day(row.original.dueOn) : t('ui.empty')),
      },
      {
        id: 'state',
        accessorFn: (row) => row.closedOn ?? '',
        header: () => t('beneficiaries.handoverState'),
        cell: ({ row }) =>
          row.original.closedOn
            ? t('beneficiaries.closedOn', { date: format.day(row.original.closedOn) })
            : t('beneficiaries.stillOut', { open: row.original.openItems, count: row.original.itemCount }),
      },
      { id: 'programme', accessorFn: (row) => row.programme.name, header: () => t('field.programmeId') },
      { id: 'partner', accessorFn: (row) => row.referringPartner.name, header: () => t('field.referringPartnerId') },
    ],
    [t, format],
  );
  return (
    <Panel title={t('beneficiaries.handovers')}>
      <ErrorBanner error={handovers.error} />
      {handovers.data ? (
        <DataTable
          label={t('beneficiaries.handovers')}
          rows={handovers.data}
          columns={columns}
          rowId={(row) => String(row.id)}
          initialSort={[{ id: 'handedOn', desc: true }]}
          rowData={(row) => ({ 'data-handover': row.number })}
          emptyText={t('beneficiaries.noHandovers')}
        />
      ) : null}
    </Panel>
  );
}
