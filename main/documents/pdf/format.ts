import type { Lang } from '../../../shared/i18n';

/** Dates on paper are read where Rebond is used; a fixed zone keeps the same input printing the same bytes. */
export const DOCUMENT_TIME_ZONE = 'Europe/Paris';

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** Building an Intl formatter costs far more than using one: keep one per language, zone and kind. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const dayFormat = (lang: Lang, zone: string) =>
  cached(`day ${lang} ${zone}`, () => new Intl.DateTimeFormat(locale(lang), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: zone }));

/** `30/11/2026`; a bare calendar date (`2026-11-30`) is printed as is, whatever the zone. */
export function formatDate(lang: Lang, value: Date | string): string {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  const zone = typeof value === 'string' && value.length === 10 ? 'UTC' : DOCUMENT_TIME_ZONE;
  return dayFormat(lang, zone).format(date);
}

/** `30/11/2026 14:05` */
export function formatDateTime(lang: Lang, value: Date | string): string {
  const date = new Date(value);
  const time = cached(`time ${lang}`, () => new Intl.DateTimeFormat(locale(lang), { hour: '2-digit', minute: '2-digit', timeZone: DOCUMENT_TIME_ZONE })).format(date);
  return `${formatDate(lang, date)} ${time}`;
}

/** `1 000` with the narrow no-break space in French, `1,000` in English. */
export function formatNumber(lang: Lang, value: number, fractionDigits = 0): string {
  return cached(`number ${lang} ${fractionDigits}`, () => new Intl.NumberFormat(locale(lang), { maximumFractionDigits: fractionDigits })).format(value);
}

/** The calendar year of an instant where documents are issued (a reference's year). */
export function yearOf(date: Date): number {
  return Number(cached('year', () => new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: DOCUMENT_TIME_ZONE })).format(date));
}
