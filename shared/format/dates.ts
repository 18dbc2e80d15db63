/**
 * Dates and times, one format everywhere: `14/03/2026` and `14/03/2026 08:10` (French and British English write
 * them alike). An instant is shown in the organisation's time zone, the same on a screen, on paper and in an export;
 * a calendar day (`2026-03-14`, as main stores it) is that same day whatever the zone.
 */
import type { Lang } from '../i18n/define';
import { cached } from './cache';
import { localeOf } from './locale';

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDay(value: string): boolean {
  return CALENDAR_DAY.test(value);
}

const dayFormat = (lang: Lang, zone: string) =>
  cached(
    `day ${lang} ${zone}`,
    () =>
      new Intl.DateTimeFormat(localeOf(lang), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: zone }),
  );

const timeFormat = (lang: Lang, zone: string) =>
  cached(
    `time ${lang} ${zone}`,
    () =>
      new Intl.DateTimeFormat(localeOf(lang), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }),
  );

function instantOf(value: Date | string): Date | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `14/03/2026`. A calendar day is printed as is; an instant as the day it was in `zone`. Unreadable text is returned unchanged. */
export function formatDate(lang: Lang, value: Date | string, zone: string): string {
  if (typeof value === 'string' && isCalendarDay(value))
    return dayFormat(lang, 'UTC').format(new Date(`${value}T12:00:00Z`));
  const date = instantOf(value);
  return date ? dayFormat(lang, zone).format(date) : String(value);
}

/** `08:10`, in `zone`. */
export function formatTime(lang: Lang, value: Date | string, zone: string): string {
  const date = instantOf(value);
  return date ? timeFormat(lang, zone).format(date) : String(value);
}

/** `14/03/2026 08:10`, in `zone`. */
export function formatDateTime(lang: Lang, value: Date | string, zone: string): string {
  const date = instantOf(value);
  return date ? `${formatDate(lang, date, zone)} ${formatTime(lang, date, zone)}` : String(value);
}

/** The calendar year of an instant in `zone` (a document reference's year). */
export function yearIn(date: Date, zone: string): number {
  return Number(
    cached(`year ${zone}`, () => new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: zone })).format(date),
  );
}

/** The calendar day (`2026-03-14`) an instant falls on in `zone`. */
export function calendarDayIn(date: Date, zone: string): string {
  const parts = cached(
    `iso day ${zone}`,
    () => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }),
  ).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const AGO_STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** How long ago an instant was: « il y a 5 minutes », "3 hours ago". */
export function formatAgo(lang: Lang, iso: string, now: number): string {
  const relative = cached(`ago ${lang}`, () => new Intl.RelativeTimeFormat(localeOf(lang), { numeric: 'auto' }));
  let amount = (Date.parse(iso) - now) / 1000;
  if (Number.isNaN(amount)) return iso;
  for (const [unit, size] of AGO_STEPS) {
    if (Math.abs(amount) < size) return relative.format(Math.round(amount), unit);
    amount /= size;
  }
  return relative.format(Math.round(amount), 'year');
}

/** A calendar day (`2026-03-14`) as `14/03/2026`: the same day in every zone. Other text is returned unchanged. */
export function formatDay(lang: Lang, isoDay: string): string {
  return isCalendarDay(isoDay) ? dayFormat(lang, 'UTC').format(new Date(`${isoDay}T12:00:00Z`)) : isoDay;
}
