import { useEffect, useState, type KeyboardEvent } from 'react';
import { Controller } from 'react-hook-form';
import type { DeviceDetail } from '../../../shared/contract/devices';
import type { ErasureOutcome } from '../../../shared/contract/erasure';
import {
  VERIFICATION_KINDS,
  type ErasureResult,
  type FactoryResetCheck,
  type VerificationKind,
} from '../../../shared/domain/values';
import { useApiMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { localProblem } from '../../components/fieldError';
import { useContractForm } from '../../forms/useContractForm';
import { useT } from '../../i18n/useT';
import { beep } from '../components/beep';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { localDateTimeInput, localInputToIso } from '../components/dates';
import { parseWholeNumber } from '../../../shared/format';
import { describeSubject } from './describe';
import { CertificateFields, detailsInput, initialDetails, type CertificateDetails } from './CertificateFields';
import { EvidenceFields, NO_EVIDENCE, type Evidence } from './EvidenceFields';
import { FactoryResetChecklist } from './FactoryResetChecklist';
import { PRESETS, presetsFor, rememberedTool, rememberTool, type PresetId } from './presets';
import type { ErasureSubject } from './subjects';
import { usePresetKeys } from './usePresetKeys';
import { FormSelect, FormChoice } from '../../forms/FormFields';
import { DeskForm } from '../components/DeskForm';

interface ErasureValues {
  preset: PresetId;
  tool: string;
  toolVersion: string;
  passes: string;
  verification: VerificationKind;
  startedAt: string;
  endedAt: string;
  result: ErasureResult;
  checklist: FactoryResetCheck[];
  evidence: Evidence;
  details: CertificateDetails;
}

/** A recorded erasure changes the device's state (and a failure puts it in quarantine). */
const ERASURE_CHANGES = ['devices', 'inventory'] as const;

/** One erasure of one medium: a preset fills the method, the technician adds tool, times, result and proof. */
export function ErasureForm({
  device,
  subject,
  startedAt: began,
  onRecorded,
  onCancel,
}: {
  device: DeviceDetail;
  subject: ErasureSubject;
  /** When the device was scanned (or the previous drive recorded): the start, unless the technician changes it. */
  startedAt: Date;
  onRecorded: (outcome: ErasureOutcome) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const record = useApiMutation('erasure.record', { invalidates: ERASURE_CHANGES });
  const { choices, preferred } = presetsFor(device.kind, subject);
  const [shownEnd] = useState(() => localDateTimeInput());
  const {
    form,
    field,
    submit: handle,
    problem,
    invalid,
  } = useContractForm<'erasure.record', ErasureValues>('erasure.record', {
    preset: preferred,
    tool: rememberedTool(preferred).tool,
    toolVersion: rememberedTool(preferred).version,
    passes: String(PRESETS[preferred].passes ?? ''),
    verification: PRESETS[preferred].verification,
    startedAt: localDateTimeInput(began),
    endedAt: shownEnd,
    result: 'success',
    checklist: [],
    evidence: NO_EVIDENCE,
    details: initialDetails(t('erasureFields.classificationAfterDefault')),
  });
  const preset = form.watch('preset');
  useEffect(() => form.setFocus('tool'), [form]);

  const choosePreset = (next: PresetId) => {
    const remembered = rememberedTool(next);
    form.setValue('preset', next);
    form.setValue('tool', remembered.tool);
    form.setValue('toolVersion', remembered.version);
    form.setValue('passes', String(PRESETS[next].passes ?? ''));
    form.setValue('verification', PRESETS[next].verification);
    form.setValue('checklist', []);
  };
  usePresetKeys(choices, choosePreset);

  const submit = handle(
    async (values) => {
      const startedAt = localInputToIso(values.startedAt);
      // The end is when the record is sent, unless the technician typed another one.
      const endedAt = values.endedAt === shownEnd ? new Date().toISOString() : localInputToIso(values.endedAt);
      if (!startedAt || !endedAt)
        return localProblem(t('erasureDesk.dateInvalid'), startedAt ? 'endedAt' : 'startedAt');
      const method = PRESETS[values.preset];
      const passCount =
        method.technique === 'overwrite' ? parseWholeNumber(values.passes) : { ok: true as const, value: null };
      if (!passCount.ok) return localProblem(t('erasureDesk.passesInvalid'), 'passes');
      const outcome = await record.run({
        deviceId: device.id,
        driveId: subject.driveId,
        level: method.level,
        technique: method.technique,
        passes: passCount.value,
        tool: values.tool,
        toolVersion: values.toolVersion,
        startedAt,
        endedAt,
        result: values.result,
        verification: values.verification,
        checklist: method.technique === 'factory_reset' ? values.checklist : [],
        evidenceText: values.evidence.text,
        evidenceSha256: values.evidence.sha256,
        ...detailsInput(values.details, method.technique),
      });
      if (!outcome.ok) return outcome;
      beep(values.result === 'success' ? 'success' : 'error');
      rememberTool(values.preset, values.tool, values.toolVersion);
      onRecorded(outcome.value);
      return null;
    },
    () => beep('error'),
  );

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  const method = PRESETS[preset];
  return (
    <DeskForm
      title={t('erasureDesk.recordFor', { medium: describeSubject(t, subject) })}
      onSubmit={submit}
      problem={problem}
      submitLabel={t('erasureDesk.record')}
      busy={record.busy}
      actions={
        <Button onClick={onCancel} shortcut={t('ui.escKey')}>
          {t('ui.cancel')}
        </Button>
      }
      onKeyDown={onKeyDown}
      testId="erasure-form"
    >
      <ChoiceGroup
        name="erasure-preset"
        legend={t('erasureDesk.method')}
        value={preset}
        onChange={choosePreset}
        choices={choices.map((id, index) => ({
          value: id,
          label: t(`erasureDesk.preset.${id}`),
          shortcut: `Alt+${index + 1}`,
        }))}
        invalid={invalid('level')}
        testId="erasure-presets"
      />
      <p className="desk-hint">
        {t('erasureDesk.presetSummary', {
          level: t(`level.${method.level}`),
          technique: t(`technique.${method.technique}`),
        })}
      </p>
      <div className="desk-row">
        <TextField label={t('field.tool')} autoComplete="off" {...field('tool', t('field.tool'))} />
        <TextField
          label={t('field.toolVersion')}
          optional
          autoComplete="off"
          {...field('toolVersion', t('field.toolVersion'))}
        />
        {method.technique === 'overwrite' && (
          <TextField label={t('field.passes')} inputMode="numeric" {...field('passes', t('field.passes'))} />
        )}
      </div>
      <div className="desk-times-row">
        <TextField
          label={t('field.startedAt')}
          type="datetime-local"
          hint={t('erasureDesk.startedAtScan')}
          {...field('startedAt', t('field.startedAt'))}
        />
        <TextField
          label={t('field.endedAt')}
          type="datetime-local"
          hint={t('erasureDesk.endedAtOnSend')}
          {...field('endedAt', t('field.endedAt'))}
        />
        <FormSelect
          control={form.control}
          name="verification"
          label={t('field.verification')}
          options={VERIFICATION_KINDS.map((kind) => ({ value: kind, label: t(`verification.${kind}`) }))}
        />
      </div>
      <FormChoice
        control={form.control}
        name="result"
        groupName="erasure-result"
        legend={t('field.result')}
        choices={[
          { value: 'success', label: t('result.success') },
          { value: 'failed', label: t('result.failed') },
        ]}
        testId="erasure-result"
      />
      {method.technique === 'factory_reset' && (
        <Controller
          control={form.control}
          name="checklist"
          render={({ field: checklist }) => (
            <FactoryResetChecklist
              checked={new Set(checklist.value)}
              onChange={(checked) => checklist.onChange([...checked])}
              invalid={invalid('checklist')}
            />
          )}
        />
      )}
      <Controller
        control={form.control}
        name="evidence"
        render={({ field: evidence }) => (
          <EvidenceFields evidence={evidence.value} onChange={evidence.onChange} invalid={invalid('evidenceSha256')} />
        )}
      />
      <Controller
        control={form.control}
        name="details"
        render={({ field: details }) => (
          <CertificateFields
            details={details.value}
            technique={method.technique}
            onChange={details.onChange}
            error={problem}
          />
        )}
      />
    </DeskForm>
  );
}
