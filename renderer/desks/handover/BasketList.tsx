import { createContext, useContext, useMemo } from 'react';
import type { DeviceKind } from '../../../shared/domain/values';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { useT } from '../../i18n/useT';
import type { BasketItem } from './draft';

/** « Tablette × 5 · Carte SIM × 1 », in the order kinds were first scanned. */
function useKindSummary(items: readonly BasketItem[]): string {
  const t = useT();
  const counts = new Map<DeviceKind | 'sim', number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return [...counts]
    .map(([kind, count]) =>
      t('handoverDesk.kindCount', { kind: t(kind === 'sim' ? 'entity.sim' : `kind.${kind}`), count }),
    )
    .join(' · ');
}

/** The basket's remove action, given to the cells by context so the columns stay the same objects. */
const RemoveContext = createContext<(item: BasketItem) => void>(() => {});

function RemoveButton({ item }: { item: BasketItem }) {
  const t = useT();
  const onRemove = useContext(RemoveContext);
  return (
    <button
      type="button"
      className="handover-remove"
      onClick={() => onRemove(item)}
      aria-label={t('handoverDesk.removeItem', { ref: item.label })}
    >
      ×
    </button>
  );
}

/**
 * The basket, newest scan on top so the last beep is the first line; one compact line per item so that a class
 * set of fifty tablets stays readable, with its running number and a way to take a wrong scan back out.
 */
export function BasketList({
  items,
  onRemove,
}: {
  items: readonly BasketItem[];
  onRemove: (item: BasketItem) => void;
}) {
  const t = useT();
  const summary = useKindSummary(items);
  const columns = useMemo<DataColumn<BasketItem>[]>(
    () => [
      {
        id: 'number',
        header: '#',
        cell: ({ row, table }) => table.options.data.length - row.index,
        meta: { className: 'desk-muted' },
      },
      {
        id: 'ref',
        header: () => t('handoverDesk.itemRef'),
        cell: ({ row }) => row.original.label,
        meta: { className: 'desk-identifier-cell' },
      },
      {
        id: 'kind',
        header: () => t('field.kind'),
        cell: ({ row: { original: item } }) => t(item.kind === 'sim' ? 'entity.sim' : `kind.${item.kind}`),
      },
      {
        id: 'description',
        header: () => t('handoverDesk.itemDescription'),
        cell: ({ row: { original: item } }) => (
          <>
            {item.description}
            {item.refusal && <p className="desk-refusal">{item.refusal}</p>}
          </>
        ),
      },
      {
        id: 'action',
        header: () => <span className="visually-hidden">{t('field.action')}</span>,
        cell: ({ row }) => <RemoveButton item={row.original} />,
      },
    ],
    [t],
  );
  return (
    <RemoveContext.Provider value={onRemove}>
      <section className="handover-basket" aria-labelledby="handover-basket-title">
        <div className="handover-basket-head">
          <h3 id="handover-basket-title">
            {t('handoverDesk.basketTitle')}{' '}
            <span className="handover-count" data-testid="handover-count">
              {items.length}
            </span>
          </h3>
          {summary && <span className="desk-muted">{summary}</span>}
        </div>
        {items.length === 0 ? (
          <p className="desk-muted">{t('handoverDesk.basketEmpty')}</p>
        ) : (
          <div className="desk-table-scroll handover-basket-scroll">
            <DataTable
              label={t('handoverDesk.basketTitle')}
              className="desk-table handover-basket-table"
              testId="handover-basket"
              rows={[...items]}
              columns={columns}
              rowId={(item) => `${item.type}-${item.id}`}
              sorting={null}
              rowClass={(item) => (item.refusal ? 'is-refused' : undefined)}
              rowData={(item) => ({ 'data-item': item.label })}
              emptyText={t('handoverDesk.basketEmpty')}
            />
          </div>
        )}
      </section>
    </RemoveContext.Provider>
  );
}
