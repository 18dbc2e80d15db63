import { useMemo } from 'react';
import { useFormat } from '../../components/format';

/** Euro amounts as the operator's language writes them: « 12,50 € », "€12.50". */
export function useEuros(): (cents: number) => string {
  const { locale } = useFormat();
  return useMemo(() => {
    const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    return (cents: number) => formatter.format(cents / 100);
  }, [locale]);
}

/**
 * Cents from what was typed: « 12,50 », « 12.5 », « 12 € »; null when it is not an amount. Both decimal marks
 * are accepted whatever the language, since a French keypad types a dot.
 */
export function parseEuros(typed: string): number | null {
  const cleaned = typed.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}
