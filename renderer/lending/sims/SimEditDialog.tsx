import { useState } from 'react';
import type { SimDetail } from '../../../shared/contract/sims';
import type { ApiError } from '../../../shared/errors';
import { useApiMutation } from '../../api/queries';
import { EntityDialog } from '../../components/EntityDialog';
import { TextAreaField, TextField } from '../../components/Field';
import { blankFieldError, isFieldInError } from '../../components/fieldError';
import { useT } from '../../i18n/useT';
import { formatPhone } from '../../../shared/format';
import { maxLengthOf } from '../../forms/limits';
import { PlanNumberFields } from './PlanNumberFields';
import { parsePlanNumbers } from './planNumbers';

const digitsOnly = (typed: string) => typed.replace(/\D/g, '').slice(0, 8);

/**
 * What is learnt after intake: the number the operator gave, the plan, and the codes. PIN and PUK boxes start
 * empty (the codes are never sent to the screen unasked); left empty, the stored codes are kept.
 */
export function SimEditDialog({ sim, onClose, onSaved }: { sim: SimDetail; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const [phoneNumber, setPhoneNumber] = useState(formatPhone(sim.phoneNumber));
  const [operator, setOperator] = useState(sim.operator);
  const [planName, setPlanName] = useState(sim.planName);
  const [planDataGb, setPlanDataGb] = useState(sim.planDataGb === null ? '' : String(sim.planDataGb));
  const [planValidityDays, setPlanValidityDays] = useState(
    sim.planValidityDays === null ? '' : String(sim.planValidityDays),
  );
  const [pin, setPin] = useState('');
  const [puk, setPuk] = useState('');
  const [notes, setNotes] = useState(sim.notes ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const update = useApiMutation('sims.update');

  const save = async () => {
    const blank = blankFieldError(t, [
      { path: 'operator', value: operator, label: t('field.operator') },
      { path: 'planName', value: planName, label: t('field.planName') },
    ]);
    if (blank) return setError(blank);
    const numbers = parsePlanNumbers(t, 'plan', planDataGb, planValidityDays);
    if (!numbers.ok) return setError(numbers.error);
    const result = await update.run({
      id: sim.id,
      phoneNumber,
      operator,
      planName,
      planDataGb: numbers.dataGb,
      planValidityDays: numbers.validityDays,
      ...(pin === '' ? {} : { pin }),
      ...(puk === '' ? {} : { puk }),
      notes,
    });
    if (result.ok) onSaved();
    else setError(result.error);
  };

  const invalid = (path: string) => isFieldInError(error, path);
  return (
    <EntityDialog
      open
      title={t('simEdit.title', { iccid: sim.iccid })}
      onClose={onClose}
      onSubmit={() => void save()}
      busy={update.busy}
      problem={error}
      onDismissProblem={() => setError(null)}
    >
      <TextField
        label={t('field.phoneNumber')}
        optional
        hint={t('simEdit.phoneHint')}
        type="tel"
        value={phoneNumber}
        onChange={(event) => setPhoneNumber(event.target.value)}
        invalid={invalid('phoneNumber')}
        maxLength={maxLengthOf('sims.update', 'phoneNumber')}
      />
      <div className="form-grid two">
        <TextField
          label={t('field.operator')}
          value={operator}
          onChange={(event) => setOperator(event.target.value)}
          invalid={invalid('operator')}
          maxLength={maxLengthOf('sims.update', 'operator')}
        />
        <TextField
          label={t('field.planName')}
          value={planName}
          onChange={(event) => setPlanName(event.target.value)}
          invalid={invalid('planName')}
          maxLength={maxLengthOf('sims.update', 'planName')}
        />
        <PlanNumberFields
          of="plan"
          dataGb={planDataGb}
          validityDays={planValidityDays}
          onDataGb={setPlanDataGb}
          onValidityDays={setPlanValidityDays}
          invalid={invalid}
          validityMaxLength={maxLengthOf('sims.update', 'planValidityDays')}
        />
        <TextField
          label={t('simEdit.newPin')}
          optional
          hint={sim.hasPin ? t('simEdit.keepHint') : t('simEdit.noneYet')}
          inputMode="numeric"
          autoComplete="off"
          className="mono"
          value={pin}
          onChange={(event) => setPin(digitsOnly(event.target.value))}
          invalid={invalid('pin')}
        />
        <TextField
          label={t('simEdit.newPuk')}
          optional
          hint={sim.hasPuk ? t('simEdit.keepHint') : t('simEdit.noneYet')}
          inputMode="numeric"
          autoComplete="off"
          className="mono"
          value={puk}
          onChange={(event) => setPuk(digitsOnly(event.target.value))}
          invalid={invalid('puk')}
        />
      </div>
      <TextAreaField
        label={t('field.notes')}
        optional
        rows={2}
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
        invalid={invalid('notes')}
        maxLength={maxLengthOf('sims.update', 'notes')}
      />
    </EntityDialog>
  );
}
