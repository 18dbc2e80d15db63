import { useState } from 'react';
import type { SimDetail } from '../../../shared/contract/sims';
import { localDay } from '../../../shared/domain/lending';
import type { ApiError } from '../../../shared/errors';
import { useApiMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextField } from '../../components/Field';
import { isFieldInError } from '../../components/fieldError';
import { useToast } from '../../components/Toasts';
import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { useEuros } from '../shared/money';
import { entityOptions, idFromOption } from '../shared/options';
import { parseEurosToCents } from '../../../shared/format';
import { maxLengthOf } from '../../forms/limits';
import { PlanNumberFields } from './PlanNumberFields';
import { parsePlanNumbers } from './planNumbers';

interface TopUpDraft {
  toppedUpOn: string;
  amount: string;
  dataGb: string;
  validityDays: string;
  programme: string;
}

/** Adds credit to the card: the day, what it cost, the data and days it adds, and which programme paid. */
export function TopUpForm({ sim }: { sim: SimDetail }) {
  const t = useT();
  const toast = useToast();
  const euros = useEuros();
  const programmes = useApiQuery('programmes.list', {});
  const empty = (): TopUpDraft => ({
    toppedUpOn: localDay(new Date()),
    amount: '',
    dataGb: '',
    validityDays: '',
    programme: '',
  });
  const [draft, setDraft] = useState<TopUpDraft>(empty);
  const [error, setError] = useState<ApiError | null>(null);
  // A top-up counts towards its programme's progress.
  const topUp = useApiMutation('sims.topUp', { invalidates: ['programmes', 'followUp'] });
  const set = (key: keyof TopUpDraft, value: string) => setDraft((current) => ({ ...current, [key]: value }));

  const problem = (field: string, message: string) => setError({ code: 'invalid_input', field, message });
  const save = async () => {
    const amount = parseEurosToCents(draft.amount);
    if (!amount.ok || amount.value === null) return problem('amountCents', t('topUps.amountInvalid'));
    const amountCents = amount.value;
    const numbers = parsePlanNumbers(t, 'topUp', draft.dataGb, draft.validityDays);
    if (!numbers.ok) return setError(numbers.error);
    const result = await topUp.run({
      simId: sim.id,
      toppedUpOn: draft.toppedUpOn === '' ? null : draft.toppedUpOn,
      amountCents,
      dataGb: numbers.dataGb,
      validityDays: numbers.validityDays,
      programmeId: idFromOption(draft.programme),
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setDraft(empty());
    toast(t('topUps.saved', { amount: euros(amountCents) }));
  };

  const invalid = (path: string) => isFieldInError(error, path);
  const defaultValidity =
    sim.planValidityDays === null
      ? t('topUps.validityRequired')
      : t('topUps.validityDefault', { count: sim.planValidityDays });
  return (
    <form
      className="lending-fieldset top-up-form"
      aria-labelledby="top-up-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id="top-up-form-title">{t('topUps.add')}</h3>
      <div className="top-up-grid">
        <TextField
          label={t('field.toppedUpOn')}
          type="date"
          value={draft.toppedUpOn}
          onChange={(event) => set('toppedUpOn', event.target.value)}
          invalid={invalid('toppedUpOn')}
        />
        <TextField
          label={t('topUps.amountEuros')}
          inputMode="decimal"
          value={draft.amount}
          onChange={(event) => set('amount', event.target.value)}
          invalid={invalid('amountCents')}
        />
        <PlanNumberFields
          of="topUp"
          dataGb={draft.dataGb}
          validityDays={draft.validityDays}
          onDataGb={(typed) => set('dataGb', typed)}
          onValidityDays={(typed) => set('validityDays', typed)}
          invalid={invalid}
          validityMaxLength={maxLengthOf('sims.topUp', 'validityDays')}
          validityHint={defaultValidity}
        />
        <SelectField
          label={t('topUps.paidBy')}
          optional
          options={entityOptions(programmes.data, t('lending.none'))}
          value={draft.programme}
          onChange={(value) => set('programme', value)}
          invalid={invalid('programmeId')}
        />
      </div>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={topUp.busy}>
          {t('topUps.submit')}
        </Button>
      </div>
    </form>
  );
}
