import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { DeviceDetail } from '../../../shared/contract/devices';
import type { ErasureOutcome } from '../../../shared/contract/erasure';
import type { ApiError } from '../../../shared/errors';
import { VERIFICATION_KINDS, type ErasureResult, type FactoryResetCheck, type VerificationKind } from '../../../shared/domain/values';
import { useApi } from '../../api/useApi';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextField } from '../../components/Field';
import { isFieldInError, localProblem } from '../../components/fieldError';
import { useT } from '../../i18n/useT';
import { beep } from '../components/beep';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { localDateTimeInput, localInputToIso } from '../components/dates';
import { parseWholeNumber } from '../../../shared/format';
import { describeSubject } from './describe';
import { CertificateFields, detailsInput, initialDetails, type CertificateDetails } from './CertificateFields';
import { EvidenceFields, NO_EVIDENCE, type Evidence } from './EvidenceFields';
import { FactoryResetChecklist } from './FactoryResetChecklist';
import { PRESETS, presetsFor, rememberedTool, rememberTool, type PresetId } from './presets';
import type { ErasureSubject } from './subjects';
import { usePresetKeys } from './usePresetKeys';

/** One erasure of one medium: a preset fills the method, the technician adds tool, times, result and proof. */
export function ErasureForm({
  device,
  subject,
  onRecorded,
  onCancel,
}: {
  device: DeviceDetail;
  subject: ErasureSubject;
  onRecorded: (outcome: ErasureOutcome) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const call = useApi();
  const { choices, preferred } = presetsFor(device.kind, subject);
  const [preset, setPreset] = useState<PresetId>(preferred);
  const [tool, setTool] = useState(() => rememberedTool(preferred).tool);
  const [version, setVersion] = useState(() => rememberedTool(preferred).version);
  const [passes, setPasses] = useState(String(PRESETS[preferred].passes ?? ''));
  const [verification, setVerification] = useState<VerificationKind>(PRESETS[preferred].verification);
  const [started, setStarted] = useState(localDateTimeInput);
  const [ended, setEnded] = useState(localDateTimeInput);
  const [result, setResult] = useState<ErasureResult>('success');
  const [checklist, setChecklist] = useState<Set<FactoryResetCheck>>(new Set());
  const [evidence, setEvidence] = useState<Evidence>(NO_EVIDENCE);
  const [details, setDetails] = useState<CertificateDetails>(() => initialDetails(t('erasureFields.classificationAfterDefault')));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const toolRef = useRef<HTMLInputElement>(null);
  useEffect(() => toolRef.current?.focus(), []);

  const choosePreset = (next: PresetId) => {
    const remembered = rememberedTool(next);
    setPreset(next);
    setTool(remembered.tool);
    setVersion(remembered.version);
    setPasses(String(PRESETS[next].passes ?? ''));
    setVerification(PRESETS[next].verification);
    setChecklist(new Set());
  };
  usePresetKeys(choices, choosePreset);

  const refuse = (refusal: ApiError) => {
    beep('error');
    setError(refusal);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const startedAt = localInputToIso(started);
    const endedAt = localInputToIso(ended);
    if (!startedAt || !endedAt) return refuse(localProblem(t('erasureDesk.dateInvalid'), startedAt ? 'endedAt' : 'startedAt'));
    const method = PRESETS[preset];
    const passCount = method.technique === 'overwrite' ? parseWholeNumber(passes) : { ok: true as const, value: null };
    if (!passCount.ok) return refuse(localProblem(t('erasureDesk.passesInvalid'), 'passes'));
    setBusy(true);
    const outcome = await call('erasure.record', {
      deviceId: device.id,
      driveId: subject.driveId,
      level: method.level,
      technique: method.technique,
      passes: passCount.value,
      tool,
      toolVersion: version,
      startedAt,
      endedAt,
      result,
      verification,
      checklist: method.technique === 'factory_reset' ? [...checklist] : [],
      evidenceText: evidence.text,
      evidenceSha256: evidence.sha256,
      ...detailsInput(details, method.technique),
    });
    setBusy(false);
    if (!outcome.ok) return refuse(outcome.error);
    beep(result === 'success' ? 'success' : 'error');
    rememberTool(preset, tool, version);
    onRecorded(outcome.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  const method = PRESETS[preset];
  return (
    <form className="panel desk-panel desk-form" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} data-testid="erasure-form">
      <h2>{t('erasureDesk.recordFor', { medium: describeSubject(t, subject) })}</h2>
      <ChoiceGroup
        name="erasure-preset"
        legend={t('erasureDesk.method')}
        value={preset}
        onChange={choosePreset}
        choices={choices.map((id, index) => ({ value: id, label: t(`erasureDesk.preset.${id}`), shortcut: `Alt+${index + 1}` }))}
        invalid={isFieldInError(error, 'level')}
        testId="erasure-presets"
      />
      <p className="desk-hint">
        {t('erasureDesk.presetSummary', { level: t(`level.${method.level}`), technique: t(`technique.${method.technique}`) })}
      </p>
      <div className="desk-row">
        <TextField label={t('field.tool')} ref={toolRef} value={tool} onChange={(e) => setTool(e.target.value)} invalid={isFieldInError(error, 'tool')} autoComplete="off" />
        <TextField label={t('field.toolVersion')} optional value={version} onChange={(e) => setVersion(e.target.value)} invalid={isFieldInError(error, 'toolVersion')} autoComplete="off" />
        {method.technique === 'overwrite' && (
          <TextField label={t('field.passes')} inputMode="numeric" value={passes} onChange={(e) => setPasses(e.target.value)} invalid={isFieldInError(error, 'passes')} />
        )}
      </div>
      <div className="desk-times-row">
        <TextField label={t('field.startedAt')} type="datetime-local" value={started} onChange={(e) => setStarted(e.target.value)} invalid={isFieldInError(error, 'startedAt')} />
        <TextField label={t('field.endedAt')} type="datetime-local" value={ended} onChange={(e) => setEnded(e.target.value)} invalid={isFieldInError(error, 'endedAt')} />
        <SelectField<VerificationKind>
          label={t('field.verification')}
          value={verification}
          onChange={setVerification}
          options={VERIFICATION_KINDS.map((kind) => ({ value: kind, label: t(`verification.${kind}`) }))}
        />
      </div>
      <ChoiceGroup
        name="erasure-result"
        legend={t('field.result')}
        value={result}
        onChange={setResult}
        choices={[
          { value: 'success', label: t('result.success') },
          { value: 'failed', label: t('result.failed') },
        ]}
        testId="erasure-result"
      />
      {method.technique === 'factory_reset' && (
        <FactoryResetChecklist checked={checklist} onChange={setChecklist} invalid={isFieldInError(error, 'checklist')} />
      )}
      <EvidenceFields evidence={evidence} onChange={setEvidence} invalid={isFieldInError(error, 'evidenceSha256')} />
      <CertificateFields details={details} technique={method.technique} onChange={setDetails} error={error} />
      <ErrorBanner error={error} />
      <div className="form-actions">
        <Button onClick={onCancel} shortcut={t('ui.escKey')}>
          {t('ui.cancel')}
        </Button>
        <Button type="submit" variant="primary" busy={busy} shortcut={t('ui.enterKey')}>
          {t('erasureDesk.record')}
        </Button>
      </div>
    </form>
  );
}
