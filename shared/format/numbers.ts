import type { Lang } from '../i18n/define';
import { cached } from './cache';
import { localeOf } from './locale';

/** `1 000` with the narrow no-break space in French, `1,000` in English; at most `fractionDigits` decimals. */
export function formatNumber(lang: Lang, value: number, fractionDigits = 3): string {
  return cached(
    `number ${lang} ${fractionDigits}`,
    () => new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: fractionDigits }),
  ).format(value);
}
