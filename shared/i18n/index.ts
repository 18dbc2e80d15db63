import { DEFAULT_LANG, type Lang, type Messages } from './define';
import { accessMessages } from './catalog/access';
import { backupMessages } from './catalog/backups';
import { cliMessages } from './catalog/cli';
import { commonMessages } from './catalog/common';
import { dataLayerMessages } from './catalog/data-layer';
import { documentMessages } from './catalog/documents';
import { documentsLendingMessages } from './catalog/documents-lending';
import { errorMessages } from './catalog/errors';
import { fieldMessages } from './catalog/fields';
import { lendingMessages } from './catalog/lending';
import { lendingErrorMessages } from './catalog/lending-errors';
import { migrationErrorMessages } from './catalog/migration-errors';
import { shellMessages } from './catalog/shell';
import { storageMessages } from './catalog/storage';
import { uiAppMessages } from './catalog/ui-app';
import { uiDesksMessages } from './catalog/ui-desks';
import { uiLendingMessages } from './catalog/ui-lending';
import { vocabularyMessages } from './catalog/vocabulary';

export { DEFAULT_LANG, LANGS, type Lang } from './define';

const parts = [cliMessages, commonMessages, errorMessages, fieldMessages, vocabularyMessages, uiAppMessages, uiDesksMessages, shellMessages, lendingMessages, lendingErrorMessages, uiLendingMessages, documentMessages, documentsLendingMessages, migrationErrorMessages, storageMessages, accessMessages, backupMessages, dataLayerMessages] as const;

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

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Numbers and calendar days (`YYYY-MM-DD`, as main stores them) as a reader of the language writes them. */
function formatParam(value: string | number, locale: string): string {
  if (typeof value === 'number') return value.toLocaleString(locale);
  if (!CALENDAR_DAY.test(value)) return value;
  const day = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return value;
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
    dayFormats.set(locale, format);
  }
  return format.format(day);
}

/** Translates a key, filling `{name}` placeholders; numbers and calendar days are formatted for the language. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template: string = catalogue[lang][key] ?? catalogue[DEFAULT_LANG][key];
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatParam(value, locale);
  });
}

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}
