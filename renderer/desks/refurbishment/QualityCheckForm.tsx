import { useState, type FormEvent } from 'react';
import type { DeviceDetail } from '../../../shared/contract/devices';
import type { RefurbishmentOutcomeResult } from '../../../shared/contract/refurbishment';
import type { ApiError } from '../../../shared/errors';
import { useApiMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { beep } from '../components/beep';
import { ChoiceGroup } from '../components/ChoiceGroup';

/** The quality check of the latest pass. Main makes the device ready by itself when everything holds. */
export function QualityCheckForm({ device, onChecked }: { device: DeviceDetail; onChecked: (result: RefurbishmentOutcomeResult) => void }) {
  const t = useT();
  const qualityCheck = useApiMutation('refurbishment.qualityCheck', { invalidates: ['devices', 'inventory'] });
  const [verdict, setVerdict] = useState<'passed' | 'failed'>('passed');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await qualityCheck.run({ deviceId: device.id, passed: verdict === 'passed', notes });
    if (!result.ok) {
      beep('error');
      setError(result.error);
      return;
    }
    setError(null);
    beep(result.value.deviceStatus === 'ready' ? 'success' : 'error');
    onChecked(result.value);
  };

  return (
    <form className="panel desk-panel desk-form" onSubmit={(event) => void submit(event)} data-testid="workshop-qc">
      <h2>{t('workshop.qcTitle')}</h2>
      <ChoiceGroup
        name="workshop-qc"
        legend={t('workshop.qcVerdict')}
        value={verdict}
        onChange={setVerdict}
        choices={[
          { value: 'passed', label: t('workshop.qcPassed') },
          { value: 'failed', label: t('workshop.qcFailed') },
        ]}
        testId="workshop-qc-verdict"
      />
      <TextField label={t('field.notes')} optional value={notes} onChange={(e) => setNotes(e.target.value)} autoComplete="off" />
      <ErrorBanner error={error} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={qualityCheck.busy} shortcut={t('ui.enterKey')}>
          {t('workshop.recordQc')}
        </Button>
      </div>
    </form>
  );
}
