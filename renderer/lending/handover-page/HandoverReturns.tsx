import type { HandoverDetail } from '../../../shared/contract/lending-types';
import { useFormat } from '../../components/format';
import { useT } from '../../i18n/useT';
import { Panel } from '../../components/Panel';

/** The returns recorded against the handover: when, by whom, how many items, what was missing. */
export function HandoverReturns({ handover }: { handover: HandoverDetail }) {
  const t = useT();
  const format = useFormat();
  return (
    <Panel title={t('handoverPage.returns')} testId="handover-returns">
      {handover.returns.length === 0 ? (
        <p className="muted">{t('handoverPage.noReturns')}</p>
      ) : (
        <ul className="handover-page-returns">
          {handover.returns.map((entry) => (
            <li key={entry.id} data-return={entry.number}>
              <span className="mono">{entry.number}</span>{' '}
              {t('handoverPage.returnLine', {
                date: format.day(entry.returnedOn),
                count: entry.itemIds.length,
                operator: entry.recordedBy.name,
              })}
              {entry.missingAccessories.length > 0 ? (
                <span className="muted">
                  {' '}
                  · {t('handoverPage.missing', { list: entry.missingAccessories.join(', ') })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
