import type { DeviceDetail } from '../../shared/contract/devices';
import { useApiMutation } from '../api/queries';
import { EntityDialog } from '../components/EntityDialog';
import { TextAreaField } from '../components/Field';
import { useToast } from '../components/Toasts';
import { useContractForm } from '../forms/useContractForm';
import { useT } from '../i18n/useT';

/** A device recorded by mistake voided, with a reason (`devices.void`). */
export function VoidDeviceDialog({
  device,
  onClose,
  onSaved,
}: {
  device: DeviceDetail;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const toast = useToast();
  const voidDevice = useApiMutation('devices.void', { invalidates: ['inventory'] });
  const { field, submit, problem, setProblem } = useContractForm<'devices.void', { reason: string }>('devices.void', {
    reason: '',
  });

  const save = submit(async ({ reason }) => {
    const result = await voidDevice.run({ id: device.id, reason });
    if (result.ok) {
      toast(t('correction.voided', { tag: device.assetTag }));
      onSaved();
    }
    return result;
  });

  return (
    <EntityDialog
      title={t('correction.voidTitle', { tag: device.assetTag })}
      onClose={onClose}
      onSubmit={save}
      submitLabel={t('correction.void')}
      tone="danger"
      busy={voidDevice.busy}
      problem={problem}
      onDismissProblem={() => setProblem(null)}
    >
      <p>{t('correction.voidExplain', { tag: device.assetTag })}</p>
      <TextAreaField
        label={t('correction.reason')}
        hint={t('correction.reasonHint')}
        rows={2}
        {...field('reason', t('correction.reason'))}
      />
    </EntityDialog>
  );
}
