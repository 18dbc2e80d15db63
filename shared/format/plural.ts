import type { Lang } from '../i18n/define';
import { cached } from './cache';
import { localeOf } from './locale';

export type PluralCategory = 'one' | 'other';

/**
 * The plural form a count takes. French uses the singular below 2 (« 0 appareil », « 1,5 jour »), English only
 * for exactly 1; both languages have only these two forms for cardinal numbers.
 */
export function pluralOf(lang: Lang, count: number): PluralCategory {
  return cached(`plural ${lang}`, () => new Intl.PluralRules(localeOf(lang))).select(count) === 'one' ? 'one' : 'other';
}
