import { useMemo } from 'react';
import type { SimFollowUpRow } from '../../../shared/contract/lending-types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../components/format';
import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { SimStateBadge } from '../sims/SimStateBadge';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { HandoverLink } from '../handover-page/HandoverLink';
import type { FollowUpView } from './followUpQuery';
import { Panel } from '../../components/Panel';
import { iccidColumn, phoneNumberColumn } from '../shared/simColumns';

/** Cards out with someone whose credit ends within the chosen days, or has ended: who to top up first. */
export function ExpiringSims({ view }: { view: FollowUpView }) {
  const t = useT();
  const format = useFormat();
  const sims = useApiQuery('followUp.sims', {
    withinDays: view.withinDays,
    includeLapsed: true,
    partnerId: view.partnerId,
    programmeId: view.programmeId,
  });
  const columns = useMemo<DataColumn<SimFollowUpRow>[]>(
    () => [
      iccidColumn(t),
      phoneNumberColumn(t, format),
      {
        id: 'status',
        accessorKey: 'status',
        header: () => t('sims.status'),
        cell: ({ row }) => <SimStateBadge state={row.original.status} />,
      },
      {
        id: 'expiresOn',
        accessorKey: 'expiresOn',
        header: () => t('sims.expiry'),
        cell: ({ row }) => format.shortDay(row.original.expiresOn),
      },
      {
        id: 'daysLeft',
        accessorKey: 'daysLeft',
        header: () => t('followUp.daysLeft'),
        cell: ({ row }) =>
          row.original.daysLeft < 0 ? (
            <span className="follow-up-lapsed">{t('followUp.lapsed', { count: -row.original.daysLeft })}</span>
          ) : (
            t('lending.days', { count: row.original.daysLeft })
          ),
      },
      {
        id: 'handover',
        accessorFn: (row) => row.handover?.number ?? '',
        header: () => t('entity.handover'),
        cell: ({ row }) =>
          row.original.handover ? (
            <HandoverLink id={row.original.handover.id} number={row.original.handover.number} />
          ) : (
            t('ui.empty')
          ),
      },
      {
        id: 'recipient',
        accessorFn: (row) => row.handover?.recipientLabel ?? '',
        header: () => t('field.recipient'),
        cell: ({ row }) => row.original.handover?.recipientLabel ?? t('ui.empty'),
      },
      {
        id: 'partner',
        accessorFn: (row) => row.handover?.partnerName ?? '',
        header: () => t('field.referringPartnerId'),
        cell: ({ row }) => row.original.handover?.partnerName ?? t('ui.empty'),
      },
      {
        id: 'programme',
        accessorFn: (row) => row.handover?.programmeName ?? '',
        header: () => t('field.programmeId'),
        cell: ({ row }) => row.original.handover?.programmeName ?? t('ui.empty'),
      },
    ],
    [t, format],
  );
  return (
    <Panel title={t('followUp.expiringSims', { count: view.withinDays })}>
      <ErrorBanner error={sims.error} />
      {sims.data ? (
        <DataTable
          label={t('followUp.expiringSims', { count: view.withinDays })}
          rows={sims.data}
          columns={columns}
          rowId={(row) => String(row.simId)}
          initialSort={[{ id: 'daysLeft', desc: false }]}
          rowData={(row) => ({ 'data-iccid': row.iccid })}
          emptyText={t('followUp.noExpiringSims')}
        />
      ) : null}
    </Panel>
  );
}
