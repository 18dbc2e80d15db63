import { createContext, useContext, useMemo } from 'react';
import { formatAgo, formatDate, formatDateTime, formatDay, formatEuros, formatNumber, formatPhone, localeOf, machineTimeZone, pluralOf, type PluralCategory } from '../../shared/format';
import type { Lang } from '../../shared/i18n';
import { useLang } from '../i18n/useT';

/** The organisation's time zone, given by the session (the machine's until the session is known). */
export const TimeZoneContext = createContext<string>(machineTimeZone());

/** Numbers, dates and phone numbers written the way the operator's language writes them, in the organisation's zone. */
export interface Format {
  locale: string;
  timeZone: string;
  number: (value: number) => string;
  /** A calendar date such as `2026-03-14` (or an instant's day in the organisation's zone), as `14/03/2026`. */
  day: (isoDay: string) => string;
  /** An instant, as `14/03/2026 08:10` in the organisation's zone: the time its documents print. */
  dateTime: (iso: string) => string;
  /** The same one date format as `day`, kept for narrow table columns. */
  shortDay: (isoDay: string) => string;
  /** How long ago an instant was: « il y a 5 minutes », "3 hours ago". */
  ago: (iso: string, now?: number) => string;
  /** The plural category the language uses for a count (French: 0 and 1 are singular). */
  plural: (count: number) => PluralCategory;
  euros: (cents: number) => string;
  /** A stored E.164 number in national form: `06 12 34 56 78`. */
  phone: (e164: string | null | undefined) => string;
}

export { localeOf };

export function createFormat(lang: Lang, timeZone: string): Format {
  const day = (value: string) => (value.includes('T') ? formatDate(lang, value, timeZone) : formatDay(lang, value.slice(0, 10)));
  return {
    locale: localeOf(lang),
    timeZone,
    number: (value) => formatNumber(lang, value),
    day,
    shortDay: day,
    dateTime: (iso) => formatDateTime(lang, iso, timeZone),
    ago: (iso, now = Date.now()) => formatAgo(lang, iso, now),
    plural: (count) => pluralOf(lang, count),
    euros: (cents) => formatEuros(lang, cents),
    phone: formatPhone,
  };
}

export function useFormat(): Format {
  const lang = useLang();
  const timeZone = useContext(TimeZoneContext);
  return useMemo(() => createFormat(lang, timeZone), [lang, timeZone]);
}
