import { useEffect, useMemo, useRef, useState } from 'react';
import type { HandoverCreated } from '../../../shared/contract/lending-types';
import type { ApiError } from '../../../shared/errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { localProblem } from '../../components/fieldError';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { beep } from '../components/beep';
import { todayIsoDate } from '../components/dates';
import { focusField, useAltKeys } from '../../components/useAltKeys';
import { useCtrlEnter } from '../components/useCtrlEnter';
import { AccessoriesPicker } from './AccessoriesPicker';
import { BasketList } from './BasketList';
import { ACKNOWLEDGE_ID, BasketWarnings } from './BasketWarnings';
import { createInput, previewInput, type BasketItem, type Recipient, type Terms } from './draft';
import { ItemScanBar } from './ItemScanBar';
import { RecipientPanel, type RecipientMode } from './RecipientPanel';
import { runningProgramme, withProgramme } from './terms';
import { TermsPanel } from './TermsPanel';

const freshTerms = (): Terms => ({
  programmeId: null,
  kind: 'loan',
  handedOn: todayIsoDate(),
  dueOn: '',
  dueEdited: false,
  notes: '',
});

/**
 * One counter session: who (step 1), on which terms (step 2), what (step 3: scanned devices and SIM cards, each
 * checked by main as it is scanned, and accessories), then one confirmation that hands it all over or nothing.
 */
export function HandoverCounter({
  programmeId,
  onCreated,
}: {
  programmeId: number | null;
  onCreated: (created: HandoverCreated, programmeId: number) => void;
}) {
  const t = useT();
  const programmes = useApiQuery('programmes.list', {});
  const create = useApiMutation('handovers.create', {
    invalidates: ['devices', 'inventory', 'sims', 'beneficiaries', 'followUp', 'programmes'],
  });
  const [mode, setMode] = useState<RecipientMode>('beneficiary');
  const [recipient, setRecipient] = useState<Recipient | null>(null);
  const [terms, setTerms] = useState<Terms>(freshTerms);
  const [items, setItems] = useState<BasketItem[]>([]);
  const [accessories, setAccessories] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  // What main would warn about if the basket were confirmed now; accepted knowingly with one box.
  const preview = useApiQuery('handovers.preview', previewInput(recipient, terms, items), {
    enabled: items.length > 0,
  });
  const warnings = items.length > 0 ? (preview.data?.warnings ?? []) : [];
  const warningKeys = useMemo(() => warnings.map((warning) => warning.key), [warnings]);
  const [acknowledged, setAcknowledged] = useState<readonly string[]>([]);
  const covered = warningKeys.every((key) => acknowledged.includes(key));
  const busy = create.busy;
  const refs = {
    search: useRef<HTMLInputElement>(null),
    institution: useRef<HTMLInputElement>(null),
    programme: useRef<HTMLSelectElement>(null),
    scan: useRef<HTMLInputElement>(null),
    accessory: useRef<HTMLInputElement>(null),
  };

  // The programme of the previous handover, else the only one running today.
  const list = programmes.data;
  useEffect(() => {
    if (!list) return;
    const preferred = list.find((p) => p.id === programmeId) ?? runningProgramme(list, todayIsoDate());
    if (preferred) setTerms((current) => (current.programmeId === null ? withProgramme(current, preferred) : current));
  }, [list, programmeId]);

  useEffect(() => {
    if (recipient) focusField(terms.programmeId === null ? refs.programme.current : refs.scan.current);
    else focusField(mode === 'beneficiary' ? refs.search.current : refs.institution.current);
    // Only when the recipient or the mode changes: not on every change of terms.
  }, [recipient, mode]);

  const chooseMode = (next: RecipientMode) => {
    if (recipient) return;
    setMode(next);
    focusField(next === 'beneficiary' ? refs.search.current : refs.institution.current);
  };
  useAltKeys({
    b: () => chooseMode('beneficiary'),
    i: () => chooseMode('partner'),
    p: () => focusField(refs.programme.current),
    s: () => focusField(refs.scan.current),
    a: () => focusField(refs.accessory.current),
    w: () => {
      if (warningKeys.length > 0) setAcknowledged(covered ? [] : warningKeys);
      focusField(document.getElementById(ACKNOWLEDGE_ID));
    },
  });

  const refuse = (problem: ApiError) => {
    beep('error');
    setError(problem);
  };

  const confirm = async () => {
    if (busy) return;
    if (!recipient) return refuse(localProblem(t('handoverDesk.needRecipient'), 'recipient'));
    if (terms.programmeId === null) return refuse(localProblem(t('handoverDesk.needProgramme'), 'programmeId'));
    if (items.length === 0) return refuse(localProblem(t('error.handover_empty'), 'deviceIds'));
    if (!covered) {
      focusField(document.getElementById(ACKNOWLEDGE_ID));
      return refuse(localProblem(t('handoverWarnings.needAcknowledge'), 'acknowledgedWarnings'));
    }
    const result = await create.run({
      ...createInput(recipient, { ...terms, programmeId: terms.programmeId }, items, accessories),
      acknowledgedWarnings: warningKeys,
    });
    if (!result.ok) {
      // Something changed since the basket was shown (a card's credit, another loan): show what main sees now.
      if (result.error.code === 'handover_warnings_not_acknowledged') preview.reload();
      const refused = new Map((result.error.refusals ?? []).map((refusal) => [refusal.assetTag, refusal.message]));
      setItems((current) => current.map((item) => ({ ...item, refusal: refused.get(item.label) ?? null })));
      return refuse(result.error);
    }
    beep('success');
    onCreated(result.value, terms.programmeId);
  };
  useCtrlEnter(() => void confirm());

  const addItem = (item: BasketItem) => {
    setItems((current) => [item, ...current]);
    setError(null);
  };

  return (
    <div className="handover-grid">
      <div className="desk-side">
        <RecipientPanel
          mode={mode}
          onMode={chooseMode}
          recipient={recipient}
          onRecipient={setRecipient}
          searchRef={refs.search}
          institutionRef={refs.institution}
        />
        <TermsPanel
          programmes={list ?? []}
          terms={terms}
          onTerms={setTerms}
          error={error}
          programmeRef={refs.programme}
        />
      </div>
      <div className="desk-main">
        <section className="panel desk-panel" aria-labelledby="handover-items-title">
          <div className="handover-items-head">
            <h2 id="handover-items-title">{t('handoverDesk.stepItems')}</h2>
            <Button
              variant="primary"
              size="large"
              busy={busy}
              shortcut={t('desk.confirmKey')}
              onClick={() => void confirm()}
              data-testid="handover-confirm"
            >
              {t('handoverDesk.confirm', { count: items.length })}
            </Button>
          </div>
          <ErrorBanner error={error} />
          <ItemScanBar inputRef={refs.scan} basket={items} onAdded={addItem} />
          <BasketWarnings
            warnings={warnings}
            acknowledged={warnings.length > 0 && covered}
            onAcknowledge={(value) => setAcknowledged(value ? warningKeys : [])}
          />
          <BasketList
            items={items}
            onRemove={(gone) => setItems((current) => current.filter((item) => item !== gone))}
          />
          <AccessoriesPicker accessories={accessories} onChange={setAccessories} inputRef={refs.accessory} />
        </section>
      </div>
    </div>
  );
}
