import type { ReturnCreated } from '../../../shared/contract/lending-types';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/useT';
import type { Outcome } from './returnDraft';

/** The return just recorded, and where each item went: a device to erasure, a SIM card to stock or cut. */
export function ReturnDone({ created, outcomes }: { created: ReturnCreated; outcomes: readonly Outcome[] }) {
  const t = useT();
  const closed = created.handover.closedOn !== null;
  return (
    <Notice tone="success" testId="returns-done">
      <p className="returns-done-title">
        {t('returnsDesk.recorded', { number: created.return.number, handover: created.handover.number })}
      </p>
      <ul className="returns-outcomes">
        {outcomes.map((outcome) => (
          <li key={outcome.label} data-outcome={outcome.result}>
            <strong className="desk-mono">{outcome.label}</strong> {t(`returnsDesk.outcome.${outcome.result}`)}
          </li>
        ))}
      </ul>
      {created.return.missingAccessories.length > 0 && (
        <p>{t('returnsDesk.missingRecorded', { list: created.return.missingAccessories.join(', ') })}</p>
      )}
      <p>
        {closed
          ? t('returnsDesk.handoverClosed')
          : t('returnsDesk.handoverStillOpen', { count: created.handover.openItems })}
      </p>
    </Notice>
  );
}
