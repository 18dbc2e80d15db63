import { DRIVE_REMOVAL_REASONS, type DriveRemovalReason } from '../../shared/domain/lifecycle';
import type { Drive, DeviceDetail } from '../../shared/contract/devices';
import { DRIVE_TYPES, type DriveType } from '../../shared/domain/values';
import { parseWholeNumber } from '../../shared/format';
import { useApiMutation } from '../api/queries';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextAreaField, TextField } from '../components/Field';
import { localProblem } from '../components/fieldError';
import { useToast } from '../components/Toasts';
import { useContractForm } from '../forms/useContractForm';
import { useT } from '../i18n/useT';
import { FormSelect } from '../forms/FormFields';

type Mode = DriveRemovalReason;

interface DriveChangeValues {
  mode: Mode;
  note: string;
  serial: string;
  type: DriveType;
  capacity: string;
}

/** A drive taken out of the device, or replaced by a drive fitted in its place (`devices.removeDrive`). */
export function DriveChangeDialog({
  device,
  drive,
  onClose,
}: {
  device: DeviceDetail;
  drive: Drive;
  onClose: () => void;
}) {
  const t = useT();
  const toast = useToast();
  const removeDrive = useApiMutation('devices.removeDrive');
  const { form, field, submit, problem, setProblem } = useContractForm<'devices.removeDrive', DriveChangeValues>(
    'devices.removeDrive',
    {
      mode: drive.healthFailed ? 'replaced' : 'removed',
      note: '',
      serial: '',
      type: drive.type,
      capacity: '',
    },
  );
  const mode = form.watch('mode');
  const label = drive.serial || t(`driveType.${drive.type}`);

  const save = submit(async ({ mode: chosen, note, serial, type, capacity }) => {
    let capacityGb: number | null = null;
    if (chosen === 'replaced' && capacity.trim() !== '') {
      const parsed = parseWholeNumber(capacity);
      if (!parsed.ok || parsed.value === null)
        return localProblem(t('drive.capacityInvalid'), 'replacement.capacityGb');
      capacityGb = parsed.value;
    }
    const replacement = chosen === 'replaced' ? { serial, type, capacityGb } : null;
    const result = await removeDrive.run({ deviceId: device.id, driveId: drive.id, note, replacement });
    if (result.ok) {
      toast(t(chosen === 'replaced' ? 'drive.replacedToast' : 'drive.removedToast', { tag: device.assetTag }));
      onClose();
    }
    return result;
  });

  return (
    <Dialog
      open
      title={t('drive.changeTitle', { drive: label })}
      onClose={onClose}
      onSubmit={save}
      footer={
        <>
          <Button onClick={onClose}>{t('ui.cancel')}</Button>
          <Button type="submit" variant="primary" busy={removeDrive.busy}>
            {t(mode === 'replaced' ? 'drive.confirmReplaced' : 'drive.confirmRemoved')}
          </Button>
        </>
      }
    >
      <p>{t('drive.changeExplain')}</p>
      <FormSelect
        control={form.control}
        name="mode"
        label={t('drive.changeMode')}
        options={DRIVE_REMOVAL_REASONS.map((value) => ({ value, label: t(`drive.mode.${value}`) }))}
      />
      <TextAreaField label={t('drive.note')} hint={t('drive.noteHint')} rows={2} {...field('note', t('drive.note'))} />
      {mode === 'replaced' ? (
        <>
          <TextField
            label={t('drive.replacementSerial')}
            optional
            {...field('serial', t('drive.replacementSerial'), 'replacement.serial')}
          />
          <FormSelect
            control={form.control}
            name="type"
            label={t('drive.replacementType')}
            options={DRIVE_TYPES.map((value) => ({ value, label: t(`driveType.${value}`) }))}
          />
          <TextField
            label={t('drive.replacementCapacity')}
            optional
            inputMode="numeric"
            {...field('capacity', t('drive.replacementCapacity'), 'replacement.capacityGb')}
          />
        </>
      ) : null}
      <ErrorBanner error={problem} onDismiss={() => setProblem(null)} />
    </Dialog>
  );
}
