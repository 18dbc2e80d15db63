import { calendarDayIn } from '../../shared/format/dates';
import { organisationTimeZone } from '../documents/time-zone';
import { DomainError } from '../errors';
import type { Store } from '../store/store';

/** Today in the organisation's time zone, from the store's clock (tests pin it). */
export function today(store: Store): string {
  return calendarDayIn(store.clock(), organisationTimeZone(store));
}

/** A date the desk typed, or today; a day that has not happened yet is refused naming the field. */
export function pastOrToday(store: Store, day: string | null, field: string): string {
  const now = today(store);
  if (day === null) return now;
  if (day > now) throw new DomainError('date_in_future', { date: day }, field);
  return day;
}
