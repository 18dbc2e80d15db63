import type { Lang } from '../i18n/define';
import { cached } from './cache';
import { localeOf } from './locale';
import { readDecimal, type ParsedNumber } from './parse-number';

/** `1 234,56 €` in French (narrow no-break space between thousands, no-break space before the sign), `€1,234.56`. */
export function formatEuros(lang: Lang, cents: number): string {
  return cached(
    `euros ${lang}`,
    () => new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'EUR' }),
  ).format(cents / 100);
}

/**
 * Euros as typed (`12,50`, `12.5`, `1 200 €`, `€12`) to cents (1250), null when blank. A third decimal is refused
 * rather than rounded away; the cents are counted from the digits, so `0,29` is 29 and not 28.999….
 */
export function parseEurosToCents(typed: string): ParsedNumber {
  const amount = typed.trim().replace(/^€\s*/, '').replace(/\s*€$/, '');
  if (amount === '' && typed.trim() !== '') return { ok: false };
  const digits = readDecimal(amount, { maxDecimals: 2 });
  if (digits === '') return { ok: true, value: null };
  if (digits === null) return { ok: false };
  const cents = Number(digits.whole) * 100 + Number(digits.fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? { ok: true, value: cents } : { ok: false };
}
