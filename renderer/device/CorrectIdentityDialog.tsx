import type { DeviceDetail } from '../../shared/contract/devices';
import { DEVICE_KINDS, type DeviceKind } from '../../shared/domain/values';
import { useApiMutation, useApiQuery } from '../api/queries';
import { EntityDialog } from '../components/EntityDialog';
import { TextAreaField, TextField } from '../components/Field';
import { useToast } from '../components/Toasts';
import { scanRefusal } from '../desks';
import { useContractForm } from '../forms/useContractForm';
import { useT } from '../i18n/useT';
import { FormSelect } from '../forms/FormFields';

interface IdentityValues {
  identity: { kind: DeviceKind; serial: string; imeis: [string, string]; make: string; model: string };
  reason: string;
}

/** Serial, IMEIs, kind, make and model put right, with a reason (`devices.correctIdentity`). */
export function CorrectIdentityDialog({
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
  const rules = useApiQuery('scanRules.get', {});
  const correct = useApiMutation('devices.correctIdentity', { invalidates: ['inventory'] });
  const { form, field, submit, problem, setProblem, invalid } = useContractForm<
    'devices.correctIdentity',
    IdentityValues
  >('devices.correctIdentity', {
    identity: {
      kind: device.kind,
      serial: device.serial,
      imeis: [device.imeis[0] ?? '', device.imeis[1] ?? ''],
      make: device.make,
      model: device.model,
    },
    reason: '',
  });

  const save = submit(async ({ identity, reason }) => {
    const imeis = identity.imeis.filter((value) => value.trim() !== '');
    const refused = scanRefusal(t, rules.data, { serial: identity.serial, imeis }, 'identity');
    if (refused) return refused;
    const result = await correct.run({ id: device.id, identity: { ...identity, imeis }, reason });
    if (result.ok) {
      toast(t('correction.saved'));
      onSaved();
    }
    return result;
  });

  return (
    <EntityDialog
      title={t('correction.identityTitle', { tag: device.assetTag })}
      onClose={onClose}
      onSubmit={save}
      busy={correct.busy}
      problem={problem}
      onDismissProblem={() => setProblem(null)}
      width="wide"
    >
      <p className="muted">{t('correction.identityHint')}</p>
      <div className="form-grid three">
        <FormSelect
          control={form.control}
          name="identity.kind"
          label={t('field.kind')}
          options={DEVICE_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
          invalid={invalid('identity.kind')}
        />
        <TextField label={t('field.serial')} className="mono" {...field('identity.serial', t('field.serial'))} />
        <TextField
          label={t('field.imeis')}
          inputMode="numeric"
          {...field('identity.imeis.0', t('field.imeis'), 'identity.imeis.*')}
        />
        <TextField
          label={t('correction.imei2')}
          inputMode="numeric"
          {...field('identity.imeis.1', t('correction.imei2'), 'identity.imeis.*')}
        />
        <TextField label={t('field.make')} {...field('identity.make', t('field.make'))} />
        <TextField label={t('field.model')} {...field('identity.model', t('field.model'))} />
        <div className="span-all">
          <TextAreaField
            label={t('correction.reason')}
            hint={t('correction.reasonHint')}
            rows={2}
            {...field('reason', t('correction.reason'))}
          />
        </div>
      </div>
    </EntityDialog>
  );
}
