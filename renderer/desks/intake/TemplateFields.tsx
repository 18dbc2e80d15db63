import type { KeyboardEvent, RefObject } from 'react';
import type { ApiError } from '../../../shared/errors';
import { DEVICE_KINDS, DRIVE_TYPES, type DeviceKind, type DriveType } from '../../../shared/domain/values';
import { SelectField, TextField } from '../../components/Field';
import { isFieldInError } from '../../components/fieldError';
import { useT } from '../../i18n/useT';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { isMobile, type DeviceTemplate } from './template';

export interface TemplateRefs {
  make: RefObject<HTMLInputElement | null>;
  model: RefObject<HTMLInputElement | null>;
  /** The drive type's field; its `<select>` is found inside. */
  drive: RefObject<HTMLDivElement | null>;
}

/** Alt+1 … Alt+5 pick the kind, in the order of the vocabulary. */
export const KIND_SHORTCUTS: readonly DeviceKind[] = DEVICE_KINDS;

const kbd = (keys: string) => <kbd className="desk-kbd">{keys}</kbd>;

/**
 * Kind, make, model and drive of the next device, pre-filled from the previous one. Enter in any of these fields
 * goes back to the scan field instead of registering, so correcting a make is "Alt+M, type, Enter, scan".
 */
export function TemplateFields({
  template,
  onChange,
  driveSerial,
  onDriveSerial,
  refs,
  error,
  backToScan,
}: {
  template: DeviceTemplate;
  onChange: (template: DeviceTemplate) => void;
  driveSerial: string;
  onDriveSerial: (value: string) => void;
  refs: TemplateRefs;
  error: ApiError | null;
  backToScan: () => void;
}) {
  const t = useT();
  const set = <K extends keyof DeviceTemplate>(key: K, value: DeviceTemplate[K]) =>
    onChange({ ...template, [key]: value });
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && (target.tagName === 'INPUT' || target.tagName === 'SELECT')) {
      event.preventDefault();
      backToScan();
    }
  };
  const hasDrive = !isMobile(template.kind) && template.driveType !== 'none';
  return (
    <fieldset className="desk-template" onKeyDown={onKeyDown}>
      <legend>{t('intake.templateLegend')}</legend>
      <ChoiceGroup
        name="intake-kind"
        legend={t('field.kind')}
        value={template.kind}
        onChange={(kind) => set('kind', kind)}
        choices={KIND_SHORTCUTS.map((kind, index) => ({
          value: kind,
          label: t(`kind.${kind}`),
          shortcut: `Alt+${index + 1}`,
        }))}
        testId="intake-kind"
      />
      <div className="desk-row">
        <TextField
          label={t('field.make')}
          aside={kbd('Alt+M')}
          ref={refs.make}
          value={template.make}
          onChange={(e) => set('make', e.target.value)}
          invalid={isFieldInError(error, 'device.make')}
          autoComplete="off"
        />
        <TextField
          label={t('field.model')}
          aside={kbd('Alt+O')}
          ref={refs.model}
          value={template.model}
          onChange={(e) => set('model', e.target.value)}
          invalid={isFieldInError(error, 'device.model')}
          autoComplete="off"
        />
      </div>
      {!isMobile(template.kind) && (
        <div className="desk-drive-row">
          <div ref={refs.drive}>
            <SelectField<DriveType | 'none'>
              label={t('intake.driveType')}
              aside={kbd('Alt+D')}
              value={template.driveType}
              onChange={(value) => set('driveType', value)}
              options={[
                ...DRIVE_TYPES.map((type) => ({ value: type, label: t(`driveType.${type}`) })),
                { value: 'none' as const, label: t('intake.noDrive') },
              ]}
            />
          </div>
          {hasDrive && (
            <>
              <TextField
                label={t('field.capacityGb')}
                inputMode="numeric"
                value={template.capacityGb}
                onChange={(e) => set('capacityGb', e.target.value)}
                invalid={isFieldInError(error, 'device.drives.0.capacityGb')}
                autoComplete="off"
              />
              <TextField
                label={t('intake.driveSerial')}
                optional
                value={driveSerial}
                onChange={(e) => onDriveSerial(e.target.value)}
                invalid={isFieldInError(error, 'device.drives.0.serial')}
                autoComplete="off"
                spellCheck={false}
              />
            </>
          )}
        </div>
      )}
    </fieldset>
  );
}
