import { useMemo } from 'react';
import type { FollowUpGroup, LoanRow } from '../../../shared/contract/lending-types';
import { Badge } from '../../components/Badge';
import { useFormat } from '../../components/format';
import { useT } from '../../i18n/useT';
import { DataTable, type DataColumn, type TableGroup } from '../../components/DataTable';
import { HandoverLink } from '../handover-page/HandoverLink';
import type { GroupBy } from './followUpQuery';

function recipientCell(row: LoanRow) {
  return row.beneficiaryId ? (
    <a href={`#/beneficiaries/${row.beneficiaryId}`}>{row.recipientLabel}</a>
  ) : (
    row.recipientLabel
  );
}

/** Open loans, most overdue first; grouped under each partner or programme with main's counts when asked. */
export function LoansTable({
  rows,
  groups,
  groupBy,
}: {
  rows: LoanRow[];
  groups: FollowUpGroup[];
  groupBy: GroupBy | null;
}) {
  const t = useT();
  const format = useFormat();
  const columns = useMemo<DataColumn<LoanRow>[]>(
    () => [
      {
        id: 'number',
        accessorKey: 'number',
        header: () => t('beneficiaries.handoverNumber'),
        cell: ({ row }) => <HandoverLink id={row.original.id} number={row.original.number} />,
      },
      {
        id: 'recipient',
        accessorKey: 'recipientLabel',
        header: () => t('field.recipient'),
        cell: ({ row }) => recipientCell(row.original),
      },
      { id: 'partner', accessorFn: (row) => row.referringPartner.name, header: () => t('field.referringPartnerId') },
      { id: 'programme', accessorFn: (row) => row.programme.name, header: () => t('field.programmeId') },
      {
        id: 'handedOn',
        accessorKey: 'handedOn',
        header: () => t('field.handedOn'),
        cell: ({ row }) => format.shortDay(row.original.handedOn),
      },
      {
        id: 'dueOn',
        accessorFn: (row) => row.dueOn ?? '',
        header: () => t('field.dueOn'),
        cell: ({ row }) => (row.original.dueOn ? format.shortDay(row.original.dueOn) : t('ui.empty')),
      },
      {
        id: 'daysOverdue',
        accessorKey: 'daysOverdue',
        sortDescFirst: true,
        header: () => t('followUp.late'),
        cell: ({ row }) =>
          row.original.daysOverdue > 0 ? (
            <Badge tone="danger">
              {t(`followUp.daysLate.${format.plural(row.original.daysOverdue)}`, { count: row.original.daysOverdue })}
            </Badge>
          ) : (
            <span className="muted">{t('followUp.onTime')}</span>
          ),
      },
      {
        id: 'items',
        accessorKey: 'openItems',
        header: () => t('followUp.itemsOut'),
        cell: ({ row }) => t('followUp.itemsOf', { open: row.original.openItems, count: row.original.itemCount }),
      },
    ],
    [t, format],
  );

  const tableGroups = useMemo<TableGroup[] | undefined>(
    () =>
      groupBy
        ? groups.map((group) => ({
            key: String(group.id),
            header: (
              <span className="follow-up-group" data-group-name={group.name}>
                <strong>{group.name}</strong>{' '}
                <span className="muted">
                  {t(`followUp.groupLoans.${format.plural(group.loans)}`, { count: group.loans })}
                </span>{' '}
                {group.overdue > 0 ? (
                  <Badge tone="danger">{t('followUp.groupOverdue', { count: group.overdue })}</Badge>
                ) : null}
              </span>
            ),
          }))
        : undefined,
    [groupBy, groups, t, format],
  );

  return (
    <DataTable
      label={t('followUp.loans')}
      rows={rows}
      columns={columns}
      rowId={(row) => String(row.id)}
      initialSort={[{ id: 'daysOverdue', desc: true }]}
      groups={tableGroups}
      groupKey={
        groupBy === 'partner'
          ? (row) => String(row.referringPartner.id)
          : groupBy === 'programme'
            ? (row) => String(row.programme.id)
            : undefined
      }
      rowData={(row) => ({ 'data-handover': row.number })}
      rowClass={(row) => (row.daysOverdue > 0 ? 'is-overdue' : undefined)}
      emptyText={t('followUp.noLoans')}
    />
  );
}
