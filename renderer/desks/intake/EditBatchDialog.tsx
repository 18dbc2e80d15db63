import { useState } from 'react';
import type { Batch } from '../../../shared/contract/intake';
import type { ApiError } from '../../../shared/errors';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { isFieldInError, localProblem } from '../../components/fieldError';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/useT';
import { todayIsoDate } from '../components/dates';
import { parseWholeNumber } from '../../../shared/format';

/** A batch's donor, date, expected count and notes put right (`batches.update`); a future date is refused by main. */
export function EditBatchDialog({ batch, onClose, onSaved }: { batch: Batch; onClose: () => void; onSaved: (batch: Batch) => void }) {
  const t = useT();
  const toast = useToast();
  const donors = useApiQuery('donors.list', {});
  const update = useApiMutation('batches.update');
  const [donorId, setDonorId] = useState(String(batch.donorId));
  const [receivedOn, setReceivedOn] = useState(batch.receivedOn);
  const [expected, setExpected] = useState(batch.expectedCount === null ? '' : String(batch.expectedCount));
  const [notes, setNotes] = useState(batch.notes ?? '');
  const [error, setError] = useState<ApiError | null>(null);

  const save = async () => {
    const expectedCount = parseWholeNumber(expected);
    if (!expectedCount.ok || expectedCount.value === 0) return setError(localProblem(t('intake.expectedInvalid'), 'expectedCount'));
    const result = await update.run({ id: batch.id, donorId: Number(donorId), receivedOn, expectedCount: expectedCount.value, notes });
    if (!result.ok) return setError(result.error);
    toast(t('batchEdit.saved'));
    onSaved(result.value);
  };

  const donorOptions = (donors.data ?? [{ id: batch.donorId, name: batch.donorName }]).map((donor) => ({ value: String(donor.id), label: donor.name }));
  return (
    <Dialog
      open
      title={t('batchEdit.title', { code: batch.code })}
      onClose={onClose}
      onSubmit={() => void save()}
      footer={
        <>
          <Button onClick={onClose}>{t('ui.cancel')}</Button>
          <Button type="submit" variant="primary" busy={update.busy}>
            {t('ui.save')}
          </Button>
        </>
      }
    >
      <div className="form-grid two">
        <SelectField label={t('field.donorId')} value={donorId} options={donorOptions} onChange={setDonorId} invalid={isFieldInError(error, 'donorId')} />
        <TextField
          label={t('field.receivedOn')}
          type="date"
          max={todayIsoDate()}
          value={receivedOn}
          onChange={(event) => setReceivedOn(event.target.value)}
          invalid={isFieldInError(error, 'receivedOn')}
        />
        <TextField
          label={t('field.expectedCount')}
          optional
          inputMode="numeric"
          value={expected}
          onChange={(event) => setExpected(event.target.value)}
          invalid={isFieldInError(error, 'expectedCount')}
          autoComplete="off"
        />
        <div className="span-all">
          <TextAreaField label={t('field.notes')} optional value={notes} onChange={(event) => setNotes(event.target.value)} invalid={isFieldInError(error, 'notes')} rows={2} />
        </div>
      </div>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
