import type { DeviceKind } from '../../../shared/domain/values';
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
  return (
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
          <table className="data-table desk-table handover-basket-table" data-testid="handover-basket">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('handoverDesk.itemRef')}</th>
                <th scope="col">{t('field.kind')}</th>
                <th scope="col">{t('handoverDesk.itemDescription')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('field.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, index) => (
                <tr
                  key={`${item.type}-${item.id}`}
                  className={item.refusal ? 'is-refused' : undefined}
                  data-item={item.label}
                >
                  <td className="desk-muted">{items.length - index}</td>
                  <td className="desk-identifier-cell">{item.label}</td>
                  <td>{t(item.kind === 'sim' ? 'entity.sim' : `kind.${item.kind}`)}</td>
                  <td>
                    {item.description}
                    {item.refusal && <p className="desk-refusal">{item.refusal}</p>}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="handover-remove"
                      onClick={() => onRemove(item)}
                      aria-label={t('handoverDesk.removeItem', { ref: item.label })}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
