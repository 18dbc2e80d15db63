import { useState } from 'react';
import type { DeviceDetail } from '../../shared/contract/devices';
import { DEVICE_KINDS, type DeviceKind } from '../../shared/domain/values';
import type { ApiError } from '../../shared/errors';
import { useApi } from '../api/useApi';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { isFieldInError, localProblem } from '../components/fieldError';
import { useApiQuery } from '../api/queries';
import { useToast } from '../components/Toasts';
import { scanRefusal } from '../desks/components/scanRefusal';
import { useT } from '../i18n/useT';

/** Serial, IMEIs, kind, make and model put right, with a reason (`devices.correctIdentity`). */
export function CorrectIdentityDialog({ device, onClose, onSaved }: { device: DeviceDetail; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const call = useApi();
  const toast = useToast();
  const rules = useApiQuery('scanRules.get', {});
  const [kind, setKind] = useState<DeviceKind>(device.kind);
  const [serial, setSerial] = useState(device.serial);
  const [imei, setImei] = useState(device.imeis[0] ?? '');
  const [imei2, setImei2] = useState(device.imeis[1] ?? '');
  const [make, setMake] = useState(device.make);
  const [model, setModel] = useState(device.model);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const imeis = [imei, imei2].filter((value) => value.trim() !== '');
    const refused = scanRefusal(t, rules.data, { serial, imeis }, 'identity');
    if (refused) return setError(refused);
    if (reason.trim() === '') return setError(localProblem(t('correction.reasonRequired'), 'reason'));
    setBusy(true);
    const result = await call('devices.correctIdentity', { id: device.id, identity: { kind, serial, imeis, make, model }, reason });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    toast(t('correction.saved'));
    onSaved();
  };

  return (
    <Dialog
      open
      title={t('correction.identityTitle', { tag: device.assetTag })}
      onClose={onClose}
      onSubmit={() => void save()}
      width="wide"
      footer={
        <>
          <Button onClick={onClose}>{t('ui.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {t('ui.save')}
          </Button>
        </>
      }
    >
      <p className="muted">{t('correction.identityHint')}</p>
      <div className="form-grid three">
        <SelectField
          label={t('field.kind')}
          value={kind}
          options={DEVICE_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
          onChange={setKind}
          invalid={isFieldInError(error, 'identity.kind')}
        />
        <TextField label={t('field.serial')} value={serial} onChange={(event) => setSerial(event.target.value)} invalid={isFieldInError(error, 'identity.serial')} className="mono" />
        <TextField label={t('field.imeis')} value={imei} inputMode="numeric" onChange={(event) => setImei(event.target.value)} invalid={isFieldInError(error, 'identity.imeis.0')} />
        <TextField label={t('correction.imei2')} value={imei2} inputMode="numeric" onChange={(event) => setImei2(event.target.value)} invalid={isFieldInError(error, 'identity.imeis.1')} />
        <TextField label={t('field.make')} value={make} onChange={(event) => setMake(event.target.value)} invalid={isFieldInError(error, 'identity.make')} />
        <TextField label={t('field.model')} value={model} onChange={(event) => setModel(event.target.value)} invalid={isFieldInError(error, 'identity.model')} />
        <div className="span-all">
          <TextAreaField
            label={t('correction.reason')}
            hint={t('correction.reasonHint')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            invalid={isFieldInError(error, 'reason')}
            rows={2}
          />
        </div>
      </div>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
