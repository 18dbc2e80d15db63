import type { Lang } from '../i18n/define';
import { formatAgo, formatDate, formatDateTime, formatDay } from './dates';
import { localeOf } from './locale';
import { formatEuros } from './money';
import { formatNumber } from './numbers';
import { formatPhone } from './phone';
import { pluralOf, type PluralCategory } from './plural';

/** Numbers, dates and phone numbers as a screen shows them, in the operator's language and the organisation's zone. */
export interface DisplayFormat {
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

export function createDisplayFormat(lang: Lang, timeZone: string): DisplayFormat {
  const day = (value: string) =>
    value.includes('T') ? formatDate(lang, value, timeZone) : formatDay(lang, value.slice(0, 10));
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
