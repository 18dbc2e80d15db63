/** How documents print numbers, days and instants: the shared formatting module, in the organisation's time zone. */
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatNumber as formatSharedNumber,
  yearIn,
} from '../../../shared/format';
import type { Lang } from '../../../shared/i18n';

export { formatDate, formatDateTime, formatDay };

/** `1 000` with the narrow no-break space in French, `1,000` in English; whole by default on paper. */
export function formatNumber(lang: Lang, value: number, fractionDigits = 0): string {
  return formatSharedNumber(lang, value, fractionDigits);
}

/** The calendar year of an instant in the organisation's zone (a reference's year). */
export function yearOf(date: Date, zone: string): number {
  return yearIn(date, zone);
}
