import { useState, type FormEvent } from 'react';
import type { RecyclingRecord } from '../../../shared/contract/recycling';
import type { ApiError } from '../../../shared/errors';
import { useApiMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { isFieldInError, localProblem } from '../../components/fieldError';
import { useT } from '../../i18n/useT';
import { beep } from '../components/beep';
import { todayIsoDate } from '../components/dates';
import { parseNumber } from '../../../shared/format';

/**
 * The recycler's pickup for the ticked devices, all or nothing: when main refuses one device, nothing is
 * recorded and each refused device is named with its reason.
 */
export function PickupForm({
  deviceIds,
  onRecorded,
  onRefused,
}: {
  deviceIds: number[];
  onRecorded: (record: RecyclingRecord) => void;
  onRefused: (error: ApiError) => void;
}) {
  const t = useT();
  const record = useApiMutation('recycling.record', { invalidates: ['devices', 'inventory'] });
  const [recycler, setRecycler] = useState('');
  const [pickupDate, setPickupDate] = useState(todayIsoDate);
  const [weight, setWeight] = useState('');
  const [certificateRef, setCertificateRef] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  const refuse = (refusal: ApiError) => {
    beep('error');
    setError(refusal);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (deviceIds.length === 0) return refuse(localProblem(t('recyclingDesk.nothingTicked'), 'deviceIds'));
    const weightKg = parseNumber(weight);
    if (!weightKg.ok) return refuse(localProblem(t('recyclingDesk.weightInvalid'), 'weightKg'));
    const result = await record.run({
      deviceIds,
      recycler,
      pickupDate,
      weightKg: weightKg.value,
      certificateRef,
      notes,
    });
    if (!result.ok) {
      refuse(result.error);
      onRefused(result.error);
      return;
    }
    beep('success');
    setError(null);
    setCertificateRef('');
    setWeight('');
    setNotes('');
    onRecorded(result.value);
  };

  return (
    <form
      className="panel desk-panel desk-form"
      onSubmit={(event) => void submit(event)}
      data-testid="recycling-pickup"
    >
      <h2>{t('recyclingDesk.pickupTitle', { count: deviceIds.length })}</h2>
      <TextField
        label={t('field.recycler')}
        value={recycler}
        onChange={(e) => setRecycler(e.target.value)}
        invalid={isFieldInError(error, 'recycler')}
        autoComplete="off"
      />
      <div className="desk-row">
        <TextField
          label={t('field.pickupDate')}
          type="date"
          value={pickupDate}
          onChange={(e) => setPickupDate(e.target.value)}
          invalid={isFieldInError(error, 'pickupDate')}
        />
        <TextField
          label={t('field.weightKg')}
          optional
          inputMode="decimal"
          value={weight}
          onChange={(e) => setWeight(e.target.value)}
          invalid={isFieldInError(error, 'weightKg')}
          autoComplete="off"
        />
      </div>
      <TextField
        label={t('field.certificateRef')}
        optional
        value={certificateRef}
        onChange={(e) => setCertificateRef(e.target.value)}
        invalid={isFieldInError(error, 'certificateRef')}
        autoComplete="off"
      />
      <TextField
        label={t('field.notes')}
        optional
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        autoComplete="off"
      />
      <ErrorBanner error={error} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={record.busy} shortcut={t('ui.enterKey')}>
          {t('recyclingDesk.recordPickup')}
        </Button>
      </div>
    </form>
  );
}
