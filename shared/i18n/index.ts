import { DEFAULT_LANG, type Lang } from './define';
import { commonMessages } from './catalog/common';
import { errorMessages } from './catalog/errors';
import { fieldMessages } from './catalog/fields';
import { vocabularyMessages } from './catalog/vocabulary';

export { DEFAULT_LANG, LANGS, type Lang } from './define';

const catalogue = {
  fr: { ...commonMessages.fr, ...errorMessages.fr, ...fieldMessages.fr, ...vocabularyMessages.fr },
  en: { ...commonMessages.en, ...errorMessages.en, ...fieldMessages.en, ...vocabularyMessages.en },
};

export type MessageKey = keyof (typeof catalogue)['fr'];
export type MessageParams = Record<string, string | number>;

export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(catalogue.fr, key);
}

/** Translates a key, filling `{name}` placeholders; numbers are formatted for the language. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogue[lang][key] ?? catalogue[DEFAULT_LANG][key];
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(locale) : value;
  });
}

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}
