import type { DeviceDetail } from '../../shared/contract/devices';
import { parseNumber } from '../../shared/format';
import type { MessageKey } from '../../shared/i18n';
import { useApiMutation } from '../api/queries';
import { EntityDialog } from '../components/EntityDialog';
import { TextAreaField, TextField } from '../components/Field';
import { localProblem } from '../components/fieldError';
import { useFormat } from '../components/format';
import { useToast } from '../components/Toasts';
import { useContractForm } from '../forms/useContractForm';
import { useT } from '../i18n/useT';

const TEXT_FIELDS = ['make', 'model', 'cpu', 'storageSummary', 'os', 'accessories', 'location'] as const;
const NUMBER_FIELDS = ['ramGb', 'screenInches', 'batteryHealth'] as const;
type TextFieldName = (typeof TEXT_FIELDS)[number];
type NumberFieldName = (typeof NUMBER_FIELDS)[number];
type Draft = Record<TextFieldName | NumberFieldName | 'notes', string>;

function draftOf(device: DeviceDetail, locale: string): Draft {
  const number = (value: number | null) =>
    value === null ? '' : value.toLocaleString(locale, { useGrouping: false, maximumFractionDigits: 3 });
  return {
    make: device.make,
    model: device.model,
    cpu: device.cpu,
    storageSummary: device.storageSummary,
    os: device.os,
    accessories: device.accessories,
    location: device.location,
    notes: device.notes ?? '',
    ramGb: number(device.ramGb),
    screenInches: number(device.screenInches),
    batteryHealth: number(device.batteryHealth),
  };
}

/** Specifications, location and notes; only what changed is sent (`devices.update`). */
export function EditDeviceDialog({
  device,
  open,
  onClose,
  onSaved,
}: {
  device: DeviceDetail;
  open: boolean;
  onClose: () => void;
  onSaved: (device: DeviceDetail) => void;
}) {
  const t = useT();
  const toast = useToast();
  const format = useFormat();
  const original = draftOf(device, format.locale);
  // The answer is the device as saved: the device page's read takes it as it is.
  const update = useApiMutation('devices.update', {
    invalidates: ['inventory'],
    updates: (cache, saved) => cache.set('devices.get', { assetTag: saved.assetTag }, () => saved),
  });
  const { field, submit, problem, setProblem } = useContractForm<'devices.update', { changes: Draft }>(
    'devices.update',
    { changes: original },
  );

  const save = submit(async ({ changes: draft }) => {
    const changes: Partial<Record<TextFieldName, string> & Record<NumberFieldName, number | null> & { notes: string }> =
      {};
    for (const name of TEXT_FIELDS) if (draft[name] !== original[name]) changes[name] = draft[name];
    if (draft.notes !== original.notes) changes.notes = draft.notes;
    for (const name of NUMBER_FIELDS) {
      if (draft[name] === original[name]) continue;
      const value = parseNumber(draft[name]);
      if (!value.ok) return localProblem(t('device.notANumber', { value: draft[name] }), `changes.${name}`);
      changes[name] = value.value;
    }
    const result = await update.run({ id: device.id, changes });
    if (result.ok) {
      toast(t('ui.savedToast'));
      onSaved(result.value);
    }
    return result;
  });

  // A number box is not cut to its maximum's digits: « 15,6 » inches or a mistyped word must reach the parser,
  // which says in words what is wrong, instead of being shortened while typed.
  const text = (name: TextFieldName | NumberFieldName, label: MessageKey, numeric = false) => {
    const binding = field(`changes.${name}`, t(label));
    return (
      <TextField
        label={t(label)}
        inputMode={numeric ? 'decimal' : undefined}
        {...binding}
        maxLength={numeric ? undefined : binding.maxLength}
      />
    );
  };

  return (
    <EntityDialog
      open={open}
      title={t('device.editTitle', { tag: device.assetTag })}
      onClose={onClose}
      onSubmit={save}
      busy={update.busy}
      problem={problem}
      onDismissProblem={() => setProblem(null)}
      width="wide"
    >
      <div className="form-grid three">
        {text('location', 'field.location')}
        {text('make', 'field.make')}
        {text('model', 'field.model')}
        {text('cpu', 'field.cpu')}
        {text('ramGb', 'field.ramGb', true)}
        {text('storageSummary', 'field.storageSummary')}
        {text('screenInches', 'field.screenInches', true)}
        {text('os', 'field.os')}
        {text('batteryHealth', 'field.batteryHealth', true)}
        <div className="span-all">{text('accessories', 'field.accessories')}</div>
        <div className="span-all">
          <TextAreaField label={t('field.notes')} rows={3} {...field('changes.notes', t('field.notes'))} />
        </div>
      </div>
    </EntityDialog>
  );
}
