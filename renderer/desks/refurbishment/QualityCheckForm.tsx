import { useRef } from 'react';
import type { DeviceDetail } from '../../../shared/contract/devices';
import type { RefurbishmentOutcomeResult } from '../../../shared/contract/refurbishment';
import { useApiMutation } from '../../api/queries';
import { TextField } from '../../components/Field';
import { useContractForm } from '../../forms/useContractForm';
import { useT } from '../../i18n/useT';
import { beep } from '../components/beep';
import { useAltKeys } from '../../components/useAltKeys';
import { FormChoice } from '../../forms/FormFields';
import { DeskForm } from '../components/DeskForm';

interface CheckValues {
  verdict: 'passed' | 'failed';
  notes: string;
}

/** The quality check of the latest pass (Alt+Q comes here). Main makes the device ready by itself when everything holds. */
export function QualityCheckForm({
  device,
  onChecked,
}: {
  device: DeviceDetail;
  onChecked: (result: RefurbishmentOutcomeResult) => void;
}) {
  const t = useT();
  const qualityCheck = useApiMutation('refurbishment.qualityCheck', { invalidates: ['devices', 'inventory'] });
  const formRef = useRef<HTMLFormElement>(null);
  const {
    form,
    field,
    submit: handle,
    problem: error,
  } = useContractForm<'refurbishment.qualityCheck', CheckValues>('refurbishment.qualityCheck', {
    verdict: 'passed',
    notes: '',
  });
  useAltKeys({ q: () => formRef.current?.querySelector<HTMLInputElement>('input[type=radio]:checked')?.focus() });

  const submit = handle(
    async ({ verdict, notes }) => {
      const result = await qualityCheck.run({ deviceId: device.id, passed: verdict === 'passed', notes });
      if (!result.ok) return result;
      beep(result.value.deviceStatus === 'ready' ? 'success' : 'error');
      onChecked(result.value);
      return null;
    },
    () => beep('error'),
  );

  return (
    <DeskForm
      title={t('workshop.qcTitle')}
      onSubmit={submit}
      problem={error}
      submitLabel={t('workshop.recordQc')}
      busy={form.formState.isSubmitting}
      testId="workshop-qc"
      ref={formRef}
    >
      <FormChoice
        control={form.control}
        name="verdict"
        groupName="workshop-qc"
        legend={t('workshop.qcVerdict')}
        choices={[
          { value: 'passed', label: t('workshop.qcPassed') },
          { value: 'failed', label: t('workshop.qcFailed') },
        ]}
        testId="workshop-qc-verdict"
      />
      <TextField label={t('field.notes')} optional autoComplete="off" {...field('notes', t('field.notes'))} />
    </DeskForm>
  );
}
