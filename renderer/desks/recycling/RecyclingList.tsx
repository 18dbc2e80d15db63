import { useMemo } from 'react';
import { StatusBadge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { useT } from '../../i18n/useT';
import type { Entry } from './useSelection';

/**
 * The devices gathered for the pickup. Those already waiting for recycling are ticked; the others can be sent
 * there first when the lifecycle allows it; a refused device shows main's reason on its own line.
 */
export function RecyclingList({
  entries,
  onToggle,
  onSend,
  onRemove,
}: {
  entries: readonly Entry[];
  onToggle: (id: number) => void;
  onSend: (ids: number[]) => void;
  onRemove: (id: number) => void;
}) {
  const t = useT();
  const columns = useMemo<DataColumn<Entry>[]>(() => {
    const canSend = ({ device, allowedActions }: Entry) =>
      device.status !== 'to_recycle' && (allowedActions?.includes('send_to_recycling') ?? false);
    return [
      {
        id: 'inPickup',
        enableSorting: false,
        header: () => t('recyclingDesk.inPickup'),
        cell: ({ row: { original: entry } }) => (
          <input
            type="checkbox"
            checked={entry.checked}
            onChange={() => onToggle(entry.device.id)}
            aria-label={t('recyclingDesk.includeOne', { assetTag: entry.device.assetTag })}
          />
        ),
      },
      {
        id: 'assetTag',
        accessorFn: (entry) => entry.device.assetTag,
        meta: { className: 'desk-tag-cell' },
        header: () => t('field.assetTag'),
      },
      {
        id: 'device',
        enableSorting: false,
        header: () => t('field.device'),
        cell: ({
          row: {
            original: { device },
          },
        }) => (
          <>
            {t(`kind.${device.kind}`)}
            <br />
            <span className="desk-muted">{[device.make, device.model].filter(Boolean).join(' ')}</span>
          </>
        ),
      },
      {
        id: 'status',
        accessorFn: (entry) => entry.device.status,
        header: () => t('field.status'),
        cell: ({ row: { original: entry } }) => (
          <>
            <StatusBadge state={entry.device.status} />
            {entry.refusal && (
              <p className="desk-refusal" role="alert">
                {entry.refusal}
              </p>
            )}
            {!canSend(entry) && entry.device.status !== 'to_recycle' && !entry.refusal && (
              <p className="desk-muted">{t('recyclingDesk.cannotSend')}</p>
            )}
          </>
        ),
      },
      {
        id: 'action',
        enableSorting: false,
        header: () => <span className="visually-hidden">{t('field.action')}</span>,
        cell: ({ row: { original: entry } }) => (
          <div className="desk-inline">
            {canSend(entry) && (
              <Button size="small" variant="danger" onClick={() => onSend([entry.device.id])}>
                {t('action.send_to_recycling')}
              </Button>
            )}
            <Button size="small" variant="ghost" onClick={() => onRemove(entry.device.id)}>
              {t('recyclingDesk.removeFromList')}
            </Button>
          </div>
        ),
      },
    ];
  }, [t, onToggle, onSend, onRemove]);
  if (entries.length === 0) return <p className="desk-muted">{t('recyclingDesk.empty')}</p>;
  return (
    <div className="desk-table-scroll">
      <DataTable
        label={t('recyclingDesk.title')}
        className="desk-table"
        testId="recycling-list"
        rows={[...entries]}
        columns={columns}
        rowId={(entry) => String(entry.device.id)}
        rowClass={(entry) => (entry.refusal ? 'is-refused' : entry.checked ? 'is-selected' : undefined)}
        rowData={(entry) => ({ 'data-asset-tag': entry.device.assetTag })}
        emptyText={t('recyclingDesk.empty')}
      />
    </div>
  );
}
