import type { Batch } from '../../../shared/contract/intake';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { EntityDialog } from '../../components/EntityDialog';
import { TextAreaField, TextField } from '../../components/Field';
import { localProblem } from '../../components/fieldError';
import { useToast } from '../../components/Toasts';
import { useContractForm } from '../../forms/useContractForm';
import { useT } from '../../i18n/useT';
import { todayIsoDate } from '../components/dates';
import { parseWholeNumber } from '../../../shared/format';
import { FormSelect } from '../../forms/FormFields';

interface BatchValues {
  donorId: string;
  receivedOn: string;
  expected: string;
  notes: string;
}

/** A batch's donor, date, expected count and notes put right (`batches.update`); a future date is refused by main. */
export function EditBatchDialog({
  batch,
  onClose,
  onSaved,
}: {
  batch: Batch;
  onClose: () => void;
  onSaved: (batch: Batch) => void;
}) {
  const t = useT();
  const toast = useToast();
  const donors = useApiQuery('donors.list', {});
  const update = useApiMutation('batches.update');
  const { form, field, submit, problem, setProblem, invalid } = useContractForm<'batches.update', BatchValues>(
    'batches.update',
    {
      donorId: String(batch.donorId),
      receivedOn: batch.receivedOn,
      expected: batch.expectedCount === null ? '' : String(batch.expectedCount),
      notes: batch.notes ?? '',
    },
  );

  const save = submit(async (values) => {
    const expectedCount = parseWholeNumber(values.expected);
    if (!expectedCount.ok || expectedCount.value === 0)
      return localProblem(t('intake.expectedInvalid'), 'expectedCount');
    const result = await update.run({
      id: batch.id,
      donorId: Number(values.donorId),
      receivedOn: values.receivedOn,
      expectedCount: expectedCount.value,
      notes: values.notes,
    });
    if (!result.ok) return result;
    toast(t('batchEdit.saved'));
    onSaved(result.value);
    return null;
  });

  const donorOptions = (donors.data ?? [{ id: batch.donorId, name: batch.donorName }]).map((donor) => ({
    value: String(donor.id),
    label: donor.name,
  }));
  return (
    <EntityDialog
      title={t('batchEdit.title', { code: batch.code })}
      onClose={onClose}
      onSubmit={save}
      busy={update.busy}
      problem={problem}
      onDismissProblem={() => setProblem(null)}
    >
      <div className="form-grid two">
        <FormSelect
          control={form.control}
          name="donorId"
          label={t('field.donorId')}
          options={donorOptions}
          invalid={invalid('donorId')}
        />
        <TextField
          label={t('field.receivedOn')}
          type="date"
          max={todayIsoDate()}
          {...field('receivedOn', t('field.receivedOn'))}
        />
        <TextField
          label={t('field.expectedCount')}
          optional
          inputMode="numeric"
          autoComplete="off"
          {...field('expected', t('field.expectedCount'), 'expectedCount')}
          invalid={invalid('expectedCount')}
        />
        <div className="span-all">
          <TextAreaField label={t('field.notes')} optional rows={2} {...field('notes', t('field.notes'))} />
        </div>
      </div>
    </EntityDialog>
  );
}
