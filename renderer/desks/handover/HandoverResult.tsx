import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { HandoverCreated } from '../../../shared/contract/lending-types';
import { Button } from '../../components/Button';
import { useFormat } from '../../components/format';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/useT';
import { handoverHref } from '../../lending';
import { useAltKeys } from '../../components/useAltKeys';
import { HandoverDocumentsSlot } from './HandoverDocumentsSlot';
import { Panel } from '../../components/Panel';

/** How soon after a scanned character an Enter counts as the scanner's own. Scanners type a code in a few ms. */
const SCAN_ENTER_MS = 300;

/**
 * The Enter that ends a stray scan does nothing here: the step opens with the focus on its heading (where Enter
 * does nothing), and an Enter right after characters typed outside a text field (a scanner's burst) is dropped, so
 * it neither starts the next handover nor prints again. Enter still works for a person: Tab to a button, Enter.
 */
function useStrayEnterGuard() {
  const lastScanned = useRef(0);
  return (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const typing =
      target instanceof HTMLTextAreaElement ||
      (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'file'].includes(target.type));
    if (typing || event.ctrlKey || event.altKey || event.metaKey) return;
    if (event.key.length === 1 && event.key !== ' ') {
      lastScanned.current = event.timeStamp;
      return;
    }
    if (event.key === 'Enter' && event.timeStamp - lastScanned.current < SCAN_ENTER_MS) event.preventDefault();
  };
}

/**
 * After the confirmation: the handover's reference, what was agreed, and the papers' step, which takes the focus
 * (signatures, printing). Alt+N starts the next handover; the handover's page keeps everything for later.
 */
export function HandoverResult({ created, onNext }: { created: HandoverCreated; onNext: () => void }) {
  const t = useT();
  const format = useFormat();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, []);
  useAltKeys({ n: onNext });
  const ignoreStrayEnter = useStrayEnterGuard();
  const { handover, warnings } = created;
  const { terms } = handover;
  return (
    <div
      className="handover-result-view"
      data-testid="handover-result"
      data-number={handover.number}
      onKeyDownCapture={ignoreStrayEnter}
    >
      <Notice tone="success" testId="handover-done">
        <p className="handover-done-caption">{t(`handoverDesk.done.${handover.kind}`)}</p>
        <p className="handover-number">
          <a href={handoverHref(handover.id)} title={t('handoverPage.openPage')} data-testid="handover-page-link">
            {handover.number}
          </a>
        </p>
        <p>
          {t('handoverDesk.doneSummary', {
            count: handover.itemCount,
            recipient: handover.recipientLabel,
            programme: handover.programme.name,
          })}
        </p>
        <p>
          {handover.dueOn
            ? t('handoverDesk.doneDates', {
                handedOn: format.day(handover.handedOn),
                dueOn: format.day(handover.dueOn),
              })
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
      <Panel tone="desk" title={t('handoverDesk.handedItems', { count: handover.items.length })}>
        <ul className="handover-result-items">
          {handover.items.map((item) => (
            <li key={item.id}>
              <strong className="desk-mono">{item.label}</strong> <span className="desk-muted">{item.description}</span>
            </li>
          ))}
        </ul>
        {terms.accessories.length > 0 && (
          <p>{t('handoverDesk.withAccessories', { list: terms.accessories.join(', ') })}</p>
        )}
      </Panel>
      <HandoverDocumentsSlot handover={handover} />
      <div className="desk-actions">
        <Button variant="primary" size="large" shortcut="Alt+N" onClick={onNext} data-testid="handover-next">
          {t('handoverDesk.next')}
        </Button>
      </div>
    </div>
  );
}
