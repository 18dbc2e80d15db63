import { useEffect, useRef } from 'react';
import type { HandoverCreated } from '../../../shared/contract/lending-types';
import { Button } from '../../components/Button';
import { useFormat } from '../../components/format';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/useT';
import { HandoverDocumentsSlot } from './HandoverDocumentsSlot';

/** After the confirmation: the handover's reference, what was agreed, the papers' step, and « new handover ». */
export function HandoverResult({ created, onNext }: { created: HandoverCreated; onNext: () => void }) {
  const t = useT();
  const format = useFormat();
  const next = useRef<HTMLButtonElement>(null);
  // Enter starts the next handover, but the page stays on the reference at the top, not on the button below the papers.
  useEffect(() => {
    window.scrollTo(0, 0);
    next.current?.focus({ preventScroll: true });
  }, []);
  const { handover, warnings } = created;
  const { terms } = handover;
  return (
    <div className="handover-result-view" data-testid="handover-result" data-number={handover.number}>
      <Notice tone="success" testId="handover-done">
        <p className="handover-done-caption">{t(`handoverDesk.done.${handover.kind}`)}</p>
        <p className="handover-number">{handover.number}</p>
        <p>
          {t('handoverDesk.doneSummary', { count: handover.itemCount, recipient: handover.recipientLabel, programme: handover.programme.name })}
        </p>
        <p>
          {handover.dueOn
            ? t('handoverDesk.doneDates', { handedOn: format.day(handover.handedOn), dueOn: format.day(handover.dueOn) })
            : t('handoverDesk.doneDate', { handedOn: format.day(handover.handedOn) })}
        </p>
      </Notice>
      {warnings.length > 0 && (
        <Notice tone="warning" testId="handover-warnings">
          {warnings.map((warning) => (
            <p key={`${warning.code}-${warning.message}`}>{warning.message}</p>
          ))}
        </Notice>
      )}
      <section className="panel desk-panel" aria-labelledby="handover-result-items">
        <h2 id="handover-result-items">{t('handoverDesk.handedItems', { count: handover.items.length })}</h2>
        <ul className="handover-result-items">
          {handover.items.map((item) => (
            <li key={item.id}>
              <strong className="desk-mono">{item.label}</strong> <span className="desk-muted">{item.description}</span>
            </li>
          ))}
        </ul>
        {terms.accessories.length > 0 && <p>{t('handoverDesk.withAccessories', { list: terms.accessories.join(', ') })}</p>}
      </section>
      <HandoverDocumentsSlot handover={handover} />
      <div className="desk-actions">
        <Button ref={next} variant="primary" size="large" shortcut={t('ui.enterKey')} onClick={onNext} data-testid="handover-next">
          {t('handoverDesk.next')}
        </Button>
      </div>
    </div>
  );
}
