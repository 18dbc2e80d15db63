import { useMemo } from 'react';
import { machineTimeZone, timeZones } from '../../shared/format';
import { SelectField, type SelectOption } from '../components/Field';
import { useT } from '../i18n/useT';

/** The special value of the select for « the machine's zone » (stored as null). */
const MACHINE = '';

/** The organisation's time zone: one IANA zone, or the machine's by default. */
export function TimeZoneField({
  value,
  onChange,
  invalid,
}: {
  value: string | null;
  onChange: (zone: string | null) => void;
  invalid: boolean;
}) {
  const t = useT();
  const machine = machineTimeZone();
  const options = useMemo<SelectOption<string>[]>(
    () => [
      { value: MACHINE, label: t('organisation.timeZoneMachine', { zone: machine }) },
      ...timeZones().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })),
    ],
    [t, machine],
  );
  return (
    <SelectField
      label={t('organisation.timeZone')}
      hint={t('organisation.timeZoneHint', { zone: machine })}
      options={options}
      value={value ?? MACHINE}
      onChange={(zone) => onChange(zone === MACHINE ? null : zone)}
      invalid={invalid}
    />
  );
}
