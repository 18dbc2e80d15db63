import { useMemo } from 'react';
import type { Lang } from '../../shared/i18n';
import { useLang } from '../i18n/useT';

/** Numbers and dates written the way the operator's language writes them. */
export interface Format {
  locale: string;
  number: (value: number) => string;
  /** A calendar date such as `2026-03-14`, shown as that same day whatever the time zone. */
  day: (isoDay: string) => string;
  /** An instant, as date and time in the workstation's time zone. */
  dateTime: (iso: string) => string;
  /** A date in numbers only (`14/03/2026`), for narrow table columns; takes a calendar date or an instant. */
  shortDay: (isoDay: string) => string;
  /** How long ago an instant was: « il y a 5 minutes », "3 hours ago". */
  ago: (iso: string, now?: number) => string;
  /** The plural category the language uses for a count (French: 0 and 1 are singular). */
  plural: (count: number) => 'one' | 'other';
}

export function localeOf(lang: Lang): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}

const AGO_STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

export function createFormat(lang: Lang): Format {
  const locale = localeOf(lang);
  const numbers = new Intl.NumberFormat(locale);
  const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const instants = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const shortDays = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' });
  const shortLocalDays = new Intl.DateTimeFormat(locale, { dateStyle: 'short' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const plurals = new Intl.PluralRules(locale);
  const day = (formatter: Intl.DateTimeFormat) => (isoDay: string) => {
    const time = Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(time) ? isoDay : formatter.format(time);
  };
  const instant = (formatter: Intl.DateTimeFormat) => (iso: string) => {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? iso : formatter.format(time);
  };
  const shortInstantDay = instant(shortLocalDays);
  const shortCalendarDay = day(shortDays);
  return {
    locale,
    number: (value) => numbers.format(value),
    day: day(days),
    shortDay: (value) => (value.includes('T') ? shortInstantDay(value) : shortCalendarDay(value)),
    dateTime: instant(instants),
    ago: (iso, now = Date.now()) => {
      let amount = (Date.parse(iso) - now) / 1000;
      for (const [unit, size] of AGO_STEPS) {
        if (Math.abs(amount) < size) return relative.format(Math.round(amount), unit);
        amount /= size;
      }
      return relative.format(Math.round(amount), 'year');
    },
    plural: (count) => (plurals.select(count) === 'one' ? 'one' : 'other'),
  };
}

export function useFormat(): Format {
  const lang = useLang();
  return useMemo(() => createFormat(lang), [lang]);
}
