/** One catalogue file per domain holds both languages side by side, so a missing translation fails to compile. */
export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];
export const DEFAULT_LANG: Lang = 'fr';

/**
 * A message whose words follow a number: `one` for the singular (French: below 2, « 0 appareil », « 1,5 jour »;
 * English: exactly 1), `other` otherwise. The number is the parameter named by `plural` (`count` when absent).
 * A form may itself be plural forms on another parameter, for « 1 reçu sur 12 attendus ».
 */
export interface PluralForms {
  plural?: string;
  one: Message;
  other: Message;
}

export type Message = string | PluralForms;

/** `V` is `string` for a part without plural forms, so its compile-time coverage proofs can keep reading strings. */
export interface Messages<K extends string, V extends Message = Message> {
  fr: Record<K, V>;
  en: Record<K, V>;
}

export function defineMessages<const K extends string>(messages: Messages<K, string>): Messages<K, string>;
export function defineMessages<const K extends string>(messages: Messages<K, Message>): Messages<K, Message>;
export function defineMessages<const K extends string>(messages: Messages<K, Message>): Messages<K, Message> {
  return messages;
}
