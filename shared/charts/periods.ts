import { formatMonth, formatWeek } from '../format/periods';
import type { Lang } from '../i18n/define';

/** The category labels of months (`2026-03`) or weeks (by their first day, `2026-03-02`) in the language. */
export function periodLabels(lang: Lang, kind: 'month' | 'week', keys: readonly string[]): string[] {
  return keys.map((key) => (kind === 'month' ? formatMonth(lang, key) : formatWeek(lang, key)));
}
