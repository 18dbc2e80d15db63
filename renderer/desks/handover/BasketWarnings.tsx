import type { HandoverWarning } from '../../../shared/contract/lending-types';
import { Checkbox } from '../../components/Field';
import { useT } from '../../i18n/useT';

/** The acknowledgement box's id: Alt+W and a refused confirmation move the focus there. */
export const ACKNOWLEDGE_ID = 'handover-acknowledge';

/**
 * What main says about the basket before the confirmation (`handovers.preview`): every warning at once, and the
 * box that accepts them knowingly. Refusals are not here: a refused item never enters the basket.
 */
export function BasketWarnings({
  warnings,
  acknowledged,
  onAcknowledge,
}: {
  warnings: readonly HandoverWarning[];
  acknowledged: boolean;
  onAcknowledge: (value: boolean) => void;
}) {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <section
      className="banner banner-warning handover-warnings"
      aria-labelledby="handover-warnings-title"
      data-testid="handover-basket-warnings"
    >
      <div className="banner-body">
        <h3 id="handover-warnings-title">{t('handoverWarnings.title', { count: warnings.length })}</h3>
        <ul>
          {warnings.map((warning) => (
            <li key={warning.key} data-warning={warning.code}>
              {warning.message}
            </li>
          ))}
        </ul>
        <div className="handover-warnings-ack">
          <Checkbox
            id={ACKNOWLEDGE_ID}
            label={
              <>
                {t('handoverWarnings.acknowledge', { count: warnings.length })} <kbd className="desk-kbd">Alt+W</kbd>
              </>
            }
            checked={acknowledged}
            onChange={onAcknowledge}
            data-testid="handover-acknowledge"
          />
        </div>
      </div>
    </section>
  );
}
