import { describe, expect, it } from 'vitest';
import { catalogueOf, LANGS, translate, type Message } from '../../../shared/i18n';

/** Every string a message can print, whatever its counts. */
function formsOf(message: Message): string[] {
  return typeof message === 'string' ? [message] : [...formsOf(message.one), ...formsOf(message.other)];
}

/** Placeholders that hold a count: the word after one must be chosen by a plural form. */
const COUNT_PLACEHOLDERS =
  /^(count|devices|batches|days|months|total|open|received|expected|ticked|erased|awaiting|verified|done|loaded|passes|pages|kept|minutes)$/;
/** Words that read the same after 1 and after 2: units, prepositions, and English participles and adverbs. */
const SAME_AFTER_ANY_COUNT: Record<'fr' | 'en', RegExp> = {
  fr: /^(s|j|min|Go|Ko|mois|sur|à|en|et|ou|du|encore)$/,
  en: /^(s|d|min|GB|KB|of|to|in|and|or|received|queued|erased|loaded|verified|expected|ticked|chosen|kept|more|still|overdue)$/,
};

describe('the catalogue’s plurals', () => {
  it('has no « (s) » left in either language', () => {
    for (const lang of LANGS) {
      for (const [key, message] of Object.entries(catalogueOf(lang))) {
        for (const text of formsOf(message)) expect(text, `${lang} ${key}`).not.toMatch(/\((?:e?s|x|es)\)|\(e\)s/);
      }
    }
  });

  it('puts a word after a count only in a message with plural forms', () => {
    for (const lang of LANGS) {
      for (const [key, message] of Object.entries(catalogueOf(lang))) {
        if (typeof message !== 'string' || /\.(one|other)$/.test(key)) continue;
        for (const [, name = '', word = ''] of message.matchAll(/\{(\w+)\} (\p{L}+)/gu)) {
          if (COUNT_PLACEHOLDERS.test(name))
            expect(
              SAME_AFTER_ANY_COUNT[lang].test(word),
              `${lang} ${key}: « {${name}} ${word} » needs plural forms`,
            ).toBe(true);
        }
      }
    }
  });

  it('chooses the French singular for 0, 1 and 1.5, the plural from 2', () => {
    expect(translate('fr', 'paper.days', { count: 0 })).toBe('0 jour');
    expect(translate('fr', 'paper.days', { count: 1 })).toBe('1 jour');
    expect(translate('fr', 'paper.days', { count: 1.5 })).toBe('1,5 jour');
    expect(translate('fr', 'paper.days', { count: 2 })).toBe('2 jours');
    expect(translate('fr', 'paper.days', { count: 1200 })).toBe('1\u202f200 jours');
  });

  it('chooses the English singular for exactly 1', () => {
    expect(translate('en', 'paper.days', { count: 0 })).toBe('0 days');
    expect(translate('en', 'paper.days', { count: 1 })).toBe('1 day');
    expect(translate('en', 'paper.days', { count: 1.5 })).toBe('1.5 days');
    expect(translate('en', 'paper.days', { count: 2 })).toBe('2 days');
  });

  it('agrees each word with its own count: « 1 reçu sur 12 attendus »', () => {
    expect(translate('fr', 'intake.progress', { received: 1, expected: 12 })).toBe('1 reçu sur 12 attendus');
    expect(translate('fr', 'intake.progress', { received: 12, expected: 1 })).toBe('12 reçus sur 1 attendu');
    expect(translate('fr', 'intake.progress', { received: 3, expected: 12 })).toBe('3 reçus sur 12 attendus');
    expect(translate('en', 'intake.progress', { received: 1, expected: 12 })).toBe('1 received of 12 expected');
  });

  it('reads a count given as formatted text, and chooses the plural on the parameter the message names', () => {
    expect(translate('fr', 'topUps.total', { amount: '10,00 €', count: '1' })).toBe('10,00 € en 1 recharge');
    expect(translate('en', 'returnsDesk.stillOutCount', { open: 2, total: 1 })).toBe('2 of 1 item still out');
    expect(translate('fr', 'returnsDesk.stillOutCount', { open: 2, total: 3 })).toBe('2 éléments encore dehors sur 3');
  });

  it('elides « de » before a name that needs it', () => {
    expect(translate('fr', 'pin.title', { name: 'Émilie' })).toBe('Code PIN d’Émilie');
    expect(translate('fr', 'pin.title', { name: 'Karim' })).toBe('Code PIN de Karim');
    expect(translate('fr', 'papers.signer.staff', { organisation: 'Emmaüs Connect' })).toBe(
      'Personnel d’Emmaüs Connect',
    );
    expect(translate('en', 'pin.title', { name: 'Émilie' })).not.toContain('d’');
  });
});
