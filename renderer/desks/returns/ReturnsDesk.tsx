import { useEffect, useRef, useState } from 'react';
import type { HandoverDetail, ReturnCreated } from '../../../shared/contract/lending-types';
import type { ApiError } from '../../../shared/errors';
import type { ScreenProps } from '../../app/routes';
import { useApiMutation } from '../../api/queries';
import { useApiFetch } from '../../api/useApiFetch';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { localProblem } from '../../components/fieldError';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/useT';
import { beep } from '../components/beep';
import { todayIsoDate } from '../components/dates';
import '../components/desks.css';
import { ScanInput, type ScanOutcome } from '../../components/ScanInput';
import { useCtrlEnter } from '../components/useCtrlEnter';
import { ReturnPapers } from '../../lending';
import { ReturnDone } from './ReturnDone';
import { freshItem, openItems, outcomesOf, returnInput, type Outcome, type ReturnDraft } from './returnDraft';
import { ReturnExtras } from './ReturnExtras';
import { ReturnHandoverCard } from './ReturnHandoverCard';
import { ReturnItemsTable } from './ReturnItemsTable';
import './returns.css';

const freshDraft = (handover: HandoverDetail): ReturnDraft => ({
  handover,
  items: new Map(),
  missing: new Set(),
  otherMissing: '',
  returnedOn: todayIsoDate(),
  notes: '',
});

/**
 * The returns desk: a scanned device or SIM card finds its open handover; more items of the same handover can be
 * scanned or ticked into the same return; one confirmation records them. A device goes back to erasure, a SIM
 * card back to stock or is deactivated.
 */
export function ReturnsDesk(_props: ScreenProps) {
  const t = useT();
  const call = useApiFetch();
  const createReturn = useApiMutation('returns.create', {
    invalidates: ['handovers', 'devices', 'inventory', 'sims', 'followUp', 'beneficiaries', 'programmes'],
  });
  const scanRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [looking, setLooking] = useState(false);
  const busy = looking || createReturn.busy;
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [draft, setDraft] = useState<ReturnDraft | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<{ created: ReturnCreated; outcomes: Outcome[] } | null>(null);
  useEffect(() => scanRef.current?.focus(), []);

  const refuse = (refusal: ApiError): ScanOutcome => {
    setProblem(refusal);
    return 'refused';
  };

  const scan = async (value: string): Promise<ScanOutcome> => {
    const trimmed = value.trim();
    if (trimmed === '') return refuse(localProblem(t('returnsDesk.scanEmpty'), 'scan'));
    setLooking(true);
    const found = await call('returns.lookup', { scan: trimmed });
    setLooking(false);
    if (!found.ok) return refuse(found.error);
    const { handover, itemId } = found.value;
    if (draft && draft.handover.id !== handover.id && draft.items.size > 0) {
      return refuse(
        localProblem(
          t('returnsDesk.otherHandover', { number: handover.number, current: draft.handover.number }),
          'scan',
        ),
      );
    }
    setProblem(null);
    setError(null);
    setDone(null);
    setCode('');
    setDraft((current) => {
      const base = current && current.handover.id === handover.id ? { ...current, handover } : freshDraft(handover);
      const items = new Map(base.items);
      if (!items.has(itemId)) items.set(itemId, freshItem());
      return { ...base, items };
    });
    return 'accepted';
  };

  const update = (change: (current: ReturnDraft) => ReturnDraft) =>
    setDraft((current) => (current ? change(current) : current));
  const toggle = (itemId: number) =>
    update((current) => {
      const items = new Map(current.items);
      if (items.has(itemId)) items.delete(itemId);
      else items.set(itemId, freshItem());
      return { ...current, items };
    });
  const tickAll = () =>
    update((current) => {
      const items = new Map(current.items);
      for (const item of openItems(current.handover)) if (!items.has(item.id)) items.set(item.id, freshItem());
      return { ...current, items };
    });

  const confirm = async () => {
    if (!draft || busy) return;
    if (draft.items.size === 0) {
      beep('error');
      return setError(localProblem(t('returnsDesk.nothingTicked'), 'items'));
    }
    const result = await createReturn.run(returnInput(draft));
    if (!result.ok) {
      beep('error');
      return setError(result.error);
    }
    beep('success');
    setDone({ created: result.value, outcomes: outcomesOf(draft) });
    setDraft(null);
    setError(null);
    scanRef.current?.focus();
  };
  useCtrlEnter(() => void confirm());

  return (
    <div className="desk desk-returns">
      <PageHeader title={t('returnsDesk.title')} subtitle={t('returnsDesk.keys')} />
      <div className="desk-columns">
        <div className="desk-main">
          <ScanInput
            id="returns-scan"
            label={t('returnsDesk.scanLabel')}
            value={code}
            onChange={setCode}
            onScan={scan}
            onClear={() => setProblem(null)}
            onCancel={() => {
              setProblem(null);
              if (code !== '') setCode('');
              else setDraft(null);
            }}
            inputRef={scanRef}
            invalid={problem !== null}
            busy={busy}
          />
          <ErrorBanner error={problem} />
          {done && <ReturnDone created={done.created} outcomes={done.outcomes} />}
          {done && <ReturnPapers key={done.created.return.id} created={done.created} />}
          {draft ? (
            <section className="panel desk-panel" aria-label={t('returnsDesk.itemsTitle')}>
              <ReturnHandoverCard handover={draft.handover} />
              <div className="desk-actions">
                <Button size="small" onClick={tickAll}>
                  {t('returnsDesk.tickAll', { count: openItems(draft.handover).length })}
                </Button>
                <Button size="small" variant="ghost" shortcut={t('ui.escKey')} onClick={() => setDraft(null)}>
                  {t('returnsDesk.cancel')}
                </Button>
              </div>
              <ReturnItemsTable
                handover={draft.handover}
                items={draft.items}
                onToggle={toggle}
                onItem={(itemId, item) =>
                  update((current) => ({ ...current, items: new Map(current.items).set(itemId, item) }))
                }
              />
            </section>
          ) : (
            !done && <p className="desk-muted">{t('returnsDesk.empty')}</p>
          )}
        </div>
        <aside className="desk-side">
          {draft && (
            <section
              className="panel desk-panel"
              aria-labelledby="returns-confirm-title"
              data-testid="returns-confirm-panel"
            >
              <h2 id="returns-confirm-title">{t('returnsDesk.confirmTitle', { count: draft.items.size })}</h2>
              <ReturnExtras
                draft={draft}
                error={error}
                onChange={(extras) => update((current) => ({ ...current, ...extras }))}
              />
              <ErrorBanner error={error} />
              <Button
                variant="primary"
                size="large"
                busy={busy}
                shortcut={t('desk.confirmKey')}
                onClick={() => void confirm()}
                data-testid="returns-confirm"
              >
                {t('returnsDesk.confirm', { count: draft.items.size })}
              </Button>
            </section>
          )}
          <p className="field-hint">{t('returnsDesk.rule')}</p>
        </aside>
      </div>
    </div>
  );
}
