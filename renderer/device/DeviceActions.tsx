import { useState } from 'react';
import type { DeviceDetail } from '../../shared/contract/devices';
import type { DeviceAction } from '../../shared/domain/lifecycle';
import type { ApiError } from '../../shared/errors';
import { useApiMutation } from '../api/queries';
import { isDestructiveAction } from '../components/actions';
import { Button } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { TextField } from '../components/Field';
import { useToast } from '../components/Toasts';
import { useT } from '../i18n/useT';
import { maxLengthOf } from '../forms/limits';

/**
 * One button per action the lifecycle allows now (`allowedActions`, computed by main with the guards);
 * each is confirmed first, with Cancel focused for those that take the device out of circulation.
 */
export function DeviceActions({ device }: { device: DeviceDetail }) {
  const t = useT();
  const toast = useToast();
  const [pending, setPending] = useState<DeviceAction | null>(null);
  const [note, setNote] = useState('');
  const applyAction = useApiMutation('devices.applyAction', { invalidates: ['inventory'] });
  const [error, setError] = useState<ApiError | null>(null);

  const close = () => {
    setPending(null);
    setNote('');
    setError(null);
  };

  const apply = async () => {
    if (!pending) return;
    const result = await applyAction.run({ deviceIds: [device.id], action: pending, note });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toast(t('device.actionDone', { tag: device.assetTag, action: t(`event.lifecycle.${pending}`) }));
    close();
  };

  if (device.allowedActions.length === 0) return <p className="muted">{t('device.noActions')}</p>;
  return (
    <>
      <div className="device-actions" role="group" aria-label={t('device.actions')}>
        {device.allowedActions.map((action) => (
          <Button
            key={action}
            variant={isDestructiveAction(action) ? 'danger' : 'primary'}
            onClick={() => setPending(action)}
            data-action={action}
          >
            {t(`action.${action}`)}
          </Button>
        ))}
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={pending ? t(`action.${pending}`) : ''}
        message={
          <>
            <p>
              {pending ? t('device.actionConfirm', { action: t(`action.${pending}`), tag: device.assetTag }) : null}
            </p>
            {pending && isDestructiveAction(pending) ? <p className="muted">{t('device.actionDestructive')}</p> : null}
          </>
        }
        confirmLabel={pending ? t(`action.${pending}`) : t('ui.confirm')}
        tone={pending && isDestructiveAction(pending) ? 'danger' : 'primary'}
        busy={applyAction.busy}
        error={error}
        onConfirm={() => void apply()}
        onCancel={close}
      >
        <TextField
          label={t('inventory.note')}
          hint={t('inventory.noteHint')}
          optional
          value={note}
          onChange={(event) => setNote(event.target.value)}
          maxLength={maxLengthOf('devices.applyAction', 'note')}
        />
      </ConfirmDialog>
    </>
  );
}
