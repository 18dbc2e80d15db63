import { COUNTED_STATES, type DeviceState } from '../../shared/domain/lifecycle';
import { useFormat } from '../components/format';
import { useT } from '../i18n/useT';
import { inventoryHref } from '../inventory';

/**
 * One tile per counted lifecycle state (voided devices are not counted), in lifecycle order; each opens the inventory
 * filtered on that state. A tile's name is its visible text (« 12 Reçu »), what it does its description.
 */
export function StageTiles({ counts }: { counts: Record<DeviceState, number> }) {
  const t = useT();
  const format = useFormat();
  return (
    <>
      <p id="stage-tiles-hint" className="visually-hidden">
        {t('a11y.tileHint')}
      </p>
      <ul className="stage-tiles">
        {COUNTED_STATES.map((state) => {
          const count = counts[state];
          return (
            <li key={state}>
              <a
                className={`stage-tile state-${state}${count === 0 ? ' is-empty' : ''}`}
                href={inventoryHref({ statuses: [state] })}
                aria-describedby="stage-tiles-hint"
                data-state={state}
              >
                <span className="stage-count">{format.number(count)}</span>
                <span className="stage-label">{t(`state.${state}`)}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </>
  );
}
