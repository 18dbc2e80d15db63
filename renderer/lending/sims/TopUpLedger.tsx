import { useMemo } from 'react';
import type { SimDetail, TopUp } from '../../../shared/contract/sims';
import { useFormat } from '../../components/format';
import { useT } from '../../i18n/useT';
import { useEuros } from '../shared/money';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { expiryText } from './expiry';

/** Every credit added to the card, and the expiry main computes from all of them. */
export function TopUpLedger({ sim }: { sim: SimDetail }) {
  const t = useT();
  const format = useFormat();
  const euros = useEuros();
  const total = sim.topUps.reduce((sum, topUp) => sum + topUp.amountCents, 0);
  const columns = useMemo<DataColumn<TopUp>[]>(
    () => [
      {
        id: 'toppedUpOn',
        accessorKey: 'toppedUpOn',
        sortDescFirst: true,
        header: () => t('field.toppedUpOn'),
        cell: ({ row }) => format.day(row.original.toppedUpOn),
      },
      {
        id: 'amount',
        accessorKey: 'amountCents',
        header: () => t('field.amountCents'),
        cell: ({ row }) => <span className="num">{euros(row.original.amountCents)}</span>,
      },
      {
        id: 'data',
        accessorFn: (row) => row.dataGb ?? -1,
        header: () => t('field.dataGb'),
        cell: ({ row }) =>
          row.original.dataGb === null
            ? t('ui.empty')
            : t('sims.gigabytes', { count: format.number(row.original.dataGb) }),
      },
      {
        id: 'validity',
        accessorKey: 'validityDays',
        header: () => t('topUps.validity'),
        cell: ({ row }) => t('topUps.plusDays', { count: format.number(row.original.validityDays) }),
      },
      {
        id: 'programme',
        accessorFn: (row) => row.programme?.name ?? '',
        header: () => t('topUps.paidBy'),
        cell: ({ row }) => row.original.programme?.name ?? t('ui.empty'),
      },
      { id: 'recordedBy', accessorFn: (row) => row.recordedBy.name, header: () => t('topUps.recordedBy') },
    ],
    [t, format, euros],
  );
  return (
    <div className="top-up-ledger">
      <p className="top-up-summary">
        <span className="top-up-expiry">
          <span className="muted">{t('sims.expiry')}</span>{' '}
          <strong data-testid="ledger-expiry">{expiryText(t, format, sim.expiresOn)}</strong>
        </span>
        {sim.topUps.length > 0 ? (
          <span className="muted">{t('topUps.total', { amount: euros(total), count: sim.topUps.length })}</span>
        ) : null}
      </p>
      <DataTable
        label={t('topUps.title')}
        rows={sim.topUps}
        columns={columns}
        rowId={(row) => String(row.id)}
        initialSort={[{ id: 'toppedUpOn', desc: true }]}
        rowData={(row) => ({ 'data-top-up': row.toppedUpOn })}
        emptyText={t('topUps.none')}
      />
    </div>
  );
}
