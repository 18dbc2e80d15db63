import type { Lang } from '../i18n/define';
import { cached } from './cache';
import { localeOf } from './locale';

const MONTH_KEY = /^(\d{4})-(\d{2})$/;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar month (`2026-03`, as the services key it) as « mars 2026 » / "Mar 2026". Other text is returned unchanged. */
export function formatMonth(lang: Lang, monthKey: string): string {
  const match = MONTH_KEY.exec(monthKey);
  if (!match) return monthKey;
  return cached(
    `month ${lang}`,
    () => new Intl.DateTimeFormat(localeOf(lang), { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15)));
}

/** A week by its first day (`2026-03-02`, a calendar day) as « 2 mars » / "2 Mar". Other text is returned unchanged. */
export function formatWeek(lang: Lang, firstDay: string): string {
  const match = DAY_KEY.exec(firstDay);
  if (!match) return firstDay;
  return cached(
    `week ${lang}`,
    () => new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  ).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)));
}
