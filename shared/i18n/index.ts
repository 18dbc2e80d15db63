import { DEFAULT_LANG, type Lang, type Messages } from './define';
import { cliMessages } from './catalog/cli';
import { commonMessages } from './catalog/common';
import { documentMessages } from './catalog/documents';
import { documentsLendingMessages } from './catalog/documents-lending';
import { errorMessages } from './catalog/errors';
import { fieldMessages } from './catalog/fields';
import { lendingMessages } from './catalog/lending';
import { lendingErrorMessages } from './catalog/lending-errors';
import { shellMessages } from './catalog/shell';
import { uiAppMessages } from './catalog/ui-app';
import { uiDesksMessages } from './catalog/ui-desks';
import { uiLendingMessages } from './catalog/ui-lending';
import { vocabularyMessages } from './catalog/vocabulary';

export { DEFAULT_LANG, LANGS, type Lang } from './define';

const parts = [cliMessages, commonMessages, errorMessages, fieldMessages, vocabularyMessages, uiAppMessages, uiDesksMessages, shellMessages, lendingMessages, lendingErrorMessages, uiLendingMessages, documentMessages, documentsLendingMessages] as const;

type KeysOf<M> = M extends Messages<infer K> ? K : never;
export type MessageKey = KeysOf<(typeof parts)[number]>;

const catalogue: Record<Lang, Record<MessageKey, string>> = {
  fr: Object.assign({}, ...parts.map((part) => part.fr)) as Record<MessageKey, string>,
  en: Object.assign({}, ...parts.map((part) => part.en)) as Record<MessageKey, string>,
};

export type MessageParams = Record<string, string | number>;

export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(catalogue.fr, key);
}

/** Translates a key, filling `{name}` placeholders; numbers are formatted for the language. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template: string = catalogue[lang][key] ?? catalogue[DEFAULT_LANG][key];
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
