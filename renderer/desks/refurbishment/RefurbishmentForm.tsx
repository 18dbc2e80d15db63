import { Controller } from 'react-hook-form';
import type { DeviceDetail } from '../../../shared/contract/devices';
import type { RefurbishmentOutcomeResult } from '../../../shared/contract/refurbishment';
import {
  APPEARANCE_GRADES,
  FUNCTIONAL_RESULTS,
  REFURBISHMENT_OUTCOMES,
  type AppearanceGrade,
  type FunctionalResult,
  type RefurbishmentOutcome,
} from '../../../shared/domain/values';
import { useApiMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextAreaField, TextField } from '../../components/Field';
import { localProblem } from '../../components/fieldError';
import { useContractForm } from '../../forms/useContractForm';
import { useT } from '../../i18n/useT';
import { beep } from '../components/beep';
import { useAltKeys } from '../../components/useAltKeys';
import { parseWholeNumber } from '../../../shared/format';
import { DiagnosticsChecklist, type Diagnostics } from './DiagnosticsChecklist';
import { PartsEditor, partsToRecord, type PartDraft } from './PartsEditor';
import { FormChoice } from '../../forms/FormFields';

interface BenchValues {
  diagnostics: Diagnostics;
  parts: PartDraft[];
  labour: string;
  battery: string;
  grade: AppearanceGrade | null;
  functional: FunctionalResult | null;
  outcome: RefurbishmentOutcome;
  notes: string;
}

/** Alt+A … Alt+D: the grade; Alt+1 … Alt+3: the functional result (by physical key, AZERTY and QWERTY alike). */
const GRADE_KEYS = Object.fromEntries(APPEARANCE_GRADES.map((grade) => [grade.toLowerCase(), grade])) as Record<
  string,
  AppearanceGrade
>;
const functionalKey = (index: number) => `Alt+${index + 1}`;

/** One pass at the bench: diagnostics, parts, labour, then the condition it leaves the device in. */
export function RefurbishmentForm({
  device,
  onRecorded,
}: {
  device: DeviceDetail;
  onRecorded: (result: RefurbishmentOutcomeResult) => void;
}) {
  const t = useT();
  const recordPass = useApiMutation('refurbishment.record', { invalidates: ['devices', 'inventory'] });
  const previous = device.refurbishments.at(-1);
  const {
    form,
    field,
    submit: handle,
    problem: error,
    invalid,
  } = useContractForm<'refurbishment.record', BenchValues>('refurbishment.record', {
    diagnostics: previous?.diagnostics ?? {},
    parts: [],
    labour: '',
    battery: device.batteryHealth === null ? '' : String(device.batteryHealth),
    grade: device.grade,
    functional: device.functional,
    outcome: 'refurbished',
    notes: '',
  });
  const busy = form.formState.isSubmitting;
  useAltKeys({
    ...Object.fromEntries(
      Object.entries(GRADE_KEYS).map(([letter, grade]) => [letter, () => form.setValue('grade', grade)]),
    ),
    ...Object.fromEntries(
      FUNCTIONAL_RESULTS.map((result, index) => [String(index + 1), () => form.setValue('functional', result)]),
    ),
  });

  const submit = handle(
    async (values) => {
      const { diagnostics, grade, functional, outcome, notes } = values;
      const labourMinutes = parseWholeNumber(values.labour);
      if (!labourMinutes.ok) return localProblem(t('workshop.labourInvalid'), 'labourMinutes');
      const batteryHealth = parseWholeNumber(values.battery);
      if (!batteryHealth.ok || (batteryHealth.value !== null && batteryHealth.value > 100)) {
        return localProblem(t('workshop.batteryInvalid'), 'batteryHealth');
      }
      const usedParts = partsToRecord(values.parts);
      if (!usedParts.ok) return localProblem(t('workshop.partInvalid'), usedParts.field);
      const result = await recordPass.run({
        deviceId: device.id,
        diagnostics,
        parts: usedParts.parts,
        labourMinutes: labourMinutes.value ?? 0,
        grade,
        functional,
        batteryHealth: batteryHealth.value,
        outcome,
        notes,
      });
      if (!result.ok) return result;
      beep('success');
      onRecorded(result.value);
      return null;
    },
    () => beep('error'),
  );

  return (
    <form
      className="desk-main"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      data-testid="workshop-form"
    >
      <Controller
        control={form.control}
        name="diagnostics"
        render={({ field: diagnostics }) => (
          <DiagnosticsChecklist
            value={diagnostics.value}
            // The checklist hands updates (fast keys build on the last one): apply them to the form's latest value.
            onChange={(update) =>
              form.setValue(
                'diagnostics',
                typeof update === 'function' ? update(form.getValues('diagnostics')) : update,
              )
            }
          />
        )}
      />
      <section className="panel desk-panel desk-form">
        <h2>{t('workshop.benchTitle')}</h2>
        <Controller
          control={form.control}
          name="parts"
          render={({ field: parts }) => <PartsEditor parts={parts.value} onChange={parts.onChange} error={error} />}
        />
        <div className="desk-row">
          <TextField
            label={t('field.labourMinutes')}
            inputMode="numeric"
            autoComplete="off"
            {...field('labour', t('field.labourMinutes'), 'labourMinutes')}
            invalid={invalid('labourMinutes')}
          />
          <TextField
            label={t('field.batteryHealth')}
            optional
            inputMode="numeric"
            autoComplete="off"
            {...field('battery', t('field.batteryHealth'), 'batteryHealth')}
            invalid={invalid('batteryHealth')}
          />
        </div>
        <FormChoice
          control={form.control}
          name="grade"
          groupName="workshop-grade"
          legend={t('field.grade')}
          choices={APPEARANCE_GRADES.map((value) => ({ value, label: value, shortcut: `Alt+${value}` }))}
          invalid={invalid('grade')}
          testId="workshop-grade"
        />
        <FormChoice
          control={form.control}
          name="functional"
          groupName="workshop-functional"
          legend={t('field.functional')}
          choices={FUNCTIONAL_RESULTS.map((value, index) => ({
            value,
            label: t(`functional.${value}`),
            shortcut: functionalKey(index),
          }))}
          invalid={invalid('functional')}
          testId="workshop-functional"
        />
        <FormChoice
          control={form.control}
          name="outcome"
          groupName="workshop-outcome"
          legend={t('field.outcome')}
          choices={REFURBISHMENT_OUTCOMES.map((value) => ({ value, label: t(`outcome.${value}`) }))}
          testId="workshop-outcome"
        />
        <TextAreaField label={t('field.notes')} optional rows={2} {...field('notes', t('field.notes'))} />
        <ErrorBanner error={error} />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={busy} shortcut={t('ui.enterKey')}>
            {t('workshop.recordPass')}
          </Button>
        </div>
      </section>
    </form>
  );
}
