import { useState } from 'react';
import type { DeviceDetail } from '../../shared/contract/devices';
import type { ApiError } from '../../shared/errors';
import { parseNumber } from '../../shared/format';
import type { MessageKey } from '../../shared/i18n';
import { useApi } from '../api/useApi';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextAreaField, TextField } from '../components/Field';
import { isFieldInError } from '../components/fieldError';
import { useFormat } from '../components/format';
import { useToast } from '../components/Toasts';
import { useT } from '../i18n/useT';

const TEXT_FIELDS = ['make', 'model', 'cpu', 'storageSummary', 'os', 'accessories', 'location'] as const;
const NUMBER_FIELDS = ['ramGb', 'screenInches', 'batteryHealth'] as const;
type TextFieldName = (typeof TEXT_FIELDS)[number];
type NumberFieldName = (typeof NUMBER_FIELDS)[number];
type Draft = Record<TextFieldName | NumberFieldName | 'notes', string>;

function draftOf(device: DeviceDetail, locale: string): Draft {
  const number = (value: number | null) => (value === null ? '' : value.toLocaleString(locale, { useGrouping: false, maximumFractionDigits: 3 }));
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
export function EditDeviceDialog({ device, open, onClose, onSaved }: { device: DeviceDetail; open: boolean; onClose: () => void; onSaved: (device: DeviceDetail) => void }) {
  const t = useT();
  const call = useApi();
  const toast = useToast();
  const format = useFormat();
  const [draft, setDraft] = useState<Draft>(() => draftOf(device, format.locale));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const original = draftOf(device, format.locale);

  const save = async () => {
    const changes: Partial<Record<TextFieldName, string> & Record<NumberFieldName, number | null> & { notes: string }> = {};
    for (const field of TEXT_FIELDS) if (draft[field] !== original[field]) changes[field] = draft[field];
    if (draft.notes !== original.notes) changes.notes = draft.notes;
    for (const field of NUMBER_FIELDS) {
      if (draft[field] === original[field]) continue;
      const value = parseNumber(draft[field]);
      if (!value.ok) {
        setError({ code: 'invalid_input', field: `changes.${field}`, message: t('device.notANumber', { value: draft[field] }) });
        return;
      }
      changes[field] = value.value;
    }
    setBusy(true);
    const result = await call('devices.update', { id: device.id, changes });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast(t('ui.savedToast'));
    onSaved(result.value);
  };

  const field = (name: TextFieldName | NumberFieldName, label: MessageKey, numeric = false) => (
    <TextField
      label={t(label)}
      value={draft[name]}
      inputMode={numeric ? 'decimal' : undefined}
      invalid={isFieldInError(error, `changes.${name}`)}
      onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
    />
  );

  return (
    <Dialog
      open={open}
      title={t('device.editTitle', { tag: device.assetTag })}
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
      <div className="form-grid three">
        {field('location', 'field.location')}
        {field('make', 'field.make')}
        {field('model', 'field.model')}
        {field('cpu', 'field.cpu')}
        {field('ramGb', 'field.ramGb', true)}
        {field('storageSummary', 'field.storageSummary')}
        {field('screenInches', 'field.screenInches', true)}
        {field('os', 'field.os')}
        {field('batteryHealth', 'field.batteryHealth', true)}
        <div className="span-all">{field('accessories', 'field.accessories')}</div>
        <div className="span-all">
          <TextAreaField
            label={t('field.notes')}
            value={draft.notes}
            invalid={isFieldInError(error, 'changes.notes')}
            onChange={(event) => setDraft({ ...draft, notes: event.target.value })}
            rows={3}
          />
        </div>
      </div>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
