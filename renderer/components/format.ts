import { createContext, useContext, useMemo } from 'react';
import { createDisplayFormat, machineTimeZone, type DisplayFormat } from '../../shared/format';
import { useLang } from '../i18n/useT';

/** The organisation's time zone, given by the session (the machine's until the session is known). */
export const TimeZoneContext = createContext<string>(machineTimeZone());

export type Format = DisplayFormat;

/** Numbers, dates and phone numbers the way the operator's language writes them, in the organisation's zone. */
export function useFormat(): Format {
  const lang = useLang();
  const timeZone = useContext(TimeZoneContext);
  return useMemo(() => createDisplayFormat(lang, timeZone), [lang, timeZone]);
}
