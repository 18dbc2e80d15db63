/** Dates as the desks' inputs want them, in the workstation's local time (showing dates: `useFormat`). */
import { localDay } from '../../../shared/domain/lending';

const pad = (value: number) => String(value).padStart(2, '0');

/** `2026-11-22`, for `<input type="date">` and the API's calendar dates. */
export function todayIsoDate(now: Date = new Date()): string {
  return localDay(now);
}

/** `2026-11-22T09:30`, for `<input type="datetime-local">`. */
export function localDateTimeInput(now: Date = new Date()): string {
  return `${todayIsoDate(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** The instant a `datetime-local` value means on this workstation, as the API's ISO form; null if unreadable. */
export function localInputToIso(value: string): string | null {
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
