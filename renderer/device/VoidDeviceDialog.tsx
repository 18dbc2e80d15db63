import { useState } from 'react';
import type { DeviceDetail } from '../../shared/contract/devices';
import type { ApiError } from '../../shared/errors';
import { useApi } from '../api/useApi';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextAreaField } from '../components/Field';
import { isFieldInError, localProblem } from '../components/fieldError';
import { useToast } from '../components/Toasts';
import { useT } from '../i18n/useT';

/** A device recorded by mistake voided, with a reason (`devices.void`). */
export function VoidDeviceDialog({ device, onClose, onSaved }: { device: DeviceDetail; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const call = useApi();
  const toast = useToast();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (reason.trim() === '') return setError(localProblem(t('correction.reasonRequired'), 'reason'));
    setBusy(true);
    const result = await call('devices.void', { id: device.id, reason });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    toast(t('correction.voided', { tag: device.assetTag }));
    onSaved();
  };

  return (
    <Dialog
      open
      title={t('correction.voidTitle', { tag: device.assetTag })}
      onClose={onClose}
      onSubmit={() => void save()}
      footer={
        <>
          <Button onClick={onClose}>{t('ui.cancel')}</Button>
          <Button type="submit" variant="danger" busy={busy}>
            {t('correction.void')}
          </Button>
        </>
      }
    >
      <p>{t('correction.voidExplain', { tag: device.assetTag })}</p>
      <TextAreaField
        label={t('correction.reason')}
        hint={t('correction.reasonHint')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        invalid={isFieldInError(error, 'reason')}
        rows={2}
      />
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
