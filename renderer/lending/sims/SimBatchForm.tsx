import type { ApiError } from '../../../shared/errors';
import { TextField } from '../../components/Field';
import { isFieldInError } from '../../components/fieldError';
import { useT, type T } from '../../i18n/useT';
import { PlanNumberFields } from './PlanNumberFields';
import { parsePlanNumbers } from './planNumbers';
import type { SimBatch } from './useSimIntake';
import { maxLengthOf } from '../../forms/limits';

/** What keeps the scan box closed: a blank operator or plan, or a number that is not one. */
export function batchProblem(t: T, batch: SimBatch): ApiError | null {
  const problem = (field: string, message: string): ApiError => ({ code: 'invalid_input', field, message });
  if (batch.operator.trim() === '') return problem('operator', t('ui.required', { field: t('field.operator') }));
  if (batch.planName.trim() === '') return problem('planName', t('ui.required', { field: t('field.planName') }));
  const numbers = parsePlanNumbers(t, 'plan', batch.planDataGb, batch.planValidityDays);
  return numbers.ok ? null : numbers.error;
}

/** The box's operator and plan, typed once before scanning: every card scanned after takes them. */
export interface SimBatchFormProps {
  batch: SimBatch;
  onChange: (batch: SimBatch) => void;
  problem: ApiError | null;
  showProblem: boolean;
  /** Operators of cards already registered, offered as the operator is typed. */
  knownOperators: readonly string[];
}

export function SimBatchForm({ batch, onChange, problem, showProblem, knownOperators }: SimBatchFormProps) {
  const t = useT();
  const set = (key: keyof SimBatch, value: string) => onChange({ ...batch, [key]: value });
  const invalid = (path: string) => showProblem && isFieldInError(problem, path);
  return (
    <fieldset className="lending-fieldset sim-batch">
      <legend>{t('simIntake.batch')}</legend>
      <div className="sim-batch-grid">
        <TextField
          label={t('field.operator')}
          value={batch.operator}
          onChange={(event) => set('operator', event.target.value)}
          invalid={invalid('operator')}
          maxLength={maxLengthOf('sims.registerMany', 'operator')}
          list="sim-operators"
        />
        <TextField
          label={t('field.planName')}
          value={batch.planName}
          onChange={(event) => set('planName', event.target.value)}
          invalid={invalid('planName')}
          maxLength={maxLengthOf('sims.registerMany', 'planName')}
        />
        <PlanNumberFields
          of="plan"
          dataGb={batch.planDataGb}
          validityDays={batch.planValidityDays}
          onDataGb={(typed) => set('planDataGb', typed)}
          onValidityDays={(typed) => set('planValidityDays', typed)}
          invalid={invalid}
          validityMaxLength={maxLengthOf('sims.registerMany', 'planValidityDays')}
        />
        <TextField
          label={t('field.receivedOn')}
          type="date"
          value={batch.receivedOn}
          onChange={(event) => set('receivedOn', event.target.value)}
          invalid={invalid('receivedOn')}
        />
      </div>
      <datalist id="sim-operators">
        {knownOperators.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </fieldset>
  );
}
