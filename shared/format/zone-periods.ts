/**
 * Calendar months and weeks in a time zone, and the instants they start at: what a chart counts by when the
 * organisation's day is not UTC's (Paris, Cayenne, Réunion). Months are `2026-03`, weeks named by their Monday.
 */
import { cached } from './cache';

function dayParts(day: string): [number, number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

/** The day `days` after (or before) a calendar day. */
export function addCalendarDays(day: string, days: number): string {
  const [year, month, date] = dayParts(day);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** The Monday of the week a calendar day falls in. */
export function mondayOf(day: string): string {
  const [year, month, date] = dayParts(day);
  const weekday = (new Date(Date.UTC(year, month - 1, date)).getUTCDay() + 6) % 7;
  return addCalendarDays(day, -weekday);
}

/** The month `months` after (or before) a month key. */
export function addMonths(monthKey: string, months: number): string {
  const index = Number(monthKey.slice(0, 4)) * 12 + Number(monthKey.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The instant a calendar day begins in `zone` (its local midnight), as ISO UTC. */
export function startOfDayIn(day: string, zone: string): string {
  const [year, month, date] = dayParts(day);
  const midnight = Date.UTC(year, month - 1, date);
  // The zone's offset at the guessed instant, taken twice so that a change of offset near midnight is followed.
  const first = midnight - offsetIn(midnight, zone);
  return new Date(midnight - offsetIn(first, zone)).toISOString();
}

/** How far ahead of UTC the wall clock of `zone` is at an instant, in milliseconds. */
function offsetIn(instant: number, zone: string): number {
  const parts = cached(
    `wall ${zone}`,
    () =>
      new Intl.DateTimeFormat('en-GB', {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
        timeZone: zone,
      }),
  ).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((one) => one.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}
