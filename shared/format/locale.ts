import type { Lang } from '../i18n/define';

/** The one place a language becomes a locale: French as written in France, English as in the United Kingdom. */
export function localeOf(lang: Lang): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}
