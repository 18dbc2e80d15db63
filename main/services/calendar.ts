import { localDay } from '../../shared/domain/lending';
import { DomainError } from '../errors';
import type { Store } from '../store/store';

/** Today at the desk, from the store's clock (tests pin it). */
export function today(store: Store): string {
  return localDay(store.clock());
}

/** A date the desk typed, or today; a day that has not happened yet is refused naming the field. */
export function pastOrToday(store: Store, day: string | null, field: string): string {
  const now = today(store);
  if (day === null) return now;
  if (day > now) throw new DomainError('date_in_future', { date: day }, field);
  return day;
}
