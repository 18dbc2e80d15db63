import { useState, type FormEvent } from 'react';
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
import type { ApiError } from '../../../shared/errors';
import { useApiMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextAreaField, TextField } from '../../components/Field';
import { isFieldInError, localProblem } from '../../components/fieldError';
import { useT } from '../../i18n/useT';
import { beep } from '../components/beep';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { parseWholeNumber } from '../../../shared/format';
import { DiagnosticsChecklist, type Diagnostics } from './DiagnosticsChecklist';
import { PartsEditor, partsToRecord, type PartDraft } from './PartsEditor';

/** One pass at the bench: diagnostics, parts, labour, then the condition it leaves the device in. */
export function RefurbishmentForm({ device, onRecorded }: { device: DeviceDetail; onRecorded: (result: RefurbishmentOutcomeResult) => void }) {
  const t = useT();
  const recordPass = useApiMutation('refurbishment.record', { invalidates: ['devices', 'inventory'] });
  const previous = device.refurbishments.at(-1);
  const [diagnostics, setDiagnostics] = useState<Diagnostics>(previous?.diagnostics ?? {});
  const [parts, setParts] = useState<PartDraft[]>([]);
  const [labour, setLabour] = useState('');
  const [battery, setBattery] = useState(device.batteryHealth === null ? '' : String(device.batteryHealth));
  const [grade, setGrade] = useState<AppearanceGrade | null>(device.grade);
  const [functional, setFunctional] = useState<FunctionalResult | null>(device.functional);
  const [outcome, setOutcome] = useState<RefurbishmentOutcome>('refurbished');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  const refuse = (refusal: ApiError) => {
    beep('error');
    setError(refusal);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const labourMinutes = parseWholeNumber(labour);
    if (!labourMinutes.ok) return refuse(localProblem(t('workshop.labourInvalid'), 'labourMinutes'));
    const batteryHealth = parseWholeNumber(battery);
    if (!batteryHealth.ok || (batteryHealth.value !== null && batteryHealth.value > 100)) {
      return refuse(localProblem(t('workshop.batteryInvalid'), 'batteryHealth'));
    }
    const usedParts = partsToRecord(parts);
    if (!usedParts.ok) return refuse(localProblem(t('workshop.partInvalid'), usedParts.field));
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
    if (!result.ok) return refuse(result.error);
    beep('success');
    setError(null);
    onRecorded(result.value);
  };

  return (
    <form className="desk-main" onSubmit={(event) => void submit(event)} data-testid="workshop-form">
      <DiagnosticsChecklist value={diagnostics} onChange={setDiagnostics} />
      <section className="panel desk-panel desk-form">
        <h2>{t('workshop.benchTitle')}</h2>
        <PartsEditor parts={parts} onChange={setParts} error={error} />
        <div className="desk-row">
          <TextField
            label={t('field.labourMinutes')}
            inputMode="numeric"
            value={labour}
            onChange={(e) => setLabour(e.target.value)}
            invalid={isFieldInError(error, 'labourMinutes')}
            autoComplete="off"
          />
          <TextField
            label={t('field.batteryHealth')}
            optional
            inputMode="numeric"
            value={battery}
            onChange={(e) => setBattery(e.target.value)}
            invalid={isFieldInError(error, 'batteryHealth')}
            autoComplete="off"
          />
        </div>
        <ChoiceGroup
          name="workshop-grade"
          legend={t('field.grade')}
          value={grade}
          onChange={setGrade}
          choices={APPEARANCE_GRADES.map((value) => ({ value, label: value }))}
          invalid={isFieldInError(error, 'grade')}
          testId="workshop-grade"
        />
        <ChoiceGroup
          name="workshop-functional"
          legend={t('field.functional')}
          value={functional}
          onChange={setFunctional}
          choices={FUNCTIONAL_RESULTS.map((value) => ({ value, label: t(`functional.${value}`) }))}
          invalid={isFieldInError(error, 'functional')}
          testId="workshop-functional"
        />
        <ChoiceGroup
          name="workshop-outcome"
          legend={t('field.outcome')}
          value={outcome}
          onChange={setOutcome}
          choices={REFURBISHMENT_OUTCOMES.map((value) => ({ value, label: t(`outcome.${value}`) }))}
          testId="workshop-outcome"
        />
        <TextAreaField label={t('field.notes')} optional rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
        <ErrorBanner error={error} />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={recordPass.busy} shortcut={t('ui.enterKey')}>
            {t('workshop.recordPass')}
          </Button>
        </div>
      </section>
    </form>
  );
}
