/** One catalogue file per domain holds both languages side by side, so a missing translation fails to compile. */
export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];
export const DEFAULT_LANG: Lang = 'fr';

export interface Messages<K extends string> {
  fr: Record<K, string>;
  en: Record<K, string>;
}

export function defineMessages<const K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}
