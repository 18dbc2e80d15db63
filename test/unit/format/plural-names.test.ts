import { describe, expect, it } from 'vitest';
import { deName, leName } from '../../../shared/format/names';
import { pluralOf } from '../../../shared/format/plural';

describe('pluralOf', () => {
  it('takes the singular below 2 in French', () => {
    expect([0, 1, 1.5, 2, 12].map((count) => pluralOf('fr', count))).toEqual(['one', 'one', 'one', 'other', 'other']);
  });

  it('takes the singular for exactly 1 in English', () => {
    expect([0, 1, 1.5, 2, 12].map((count) => pluralOf('en', count))).toEqual(['other', 'one', 'other', 'other', 'other']);
  });
});

describe('French elision before a name', () => {
  it('elides before a vowel or an h, and not before a consonant', () => {
    expect(deName('Emmaüs')).toBe("d'Emmaüs");
    expect(deName('  Atelier du Bocage ')).toBe("d'Atelier du Bocage");
    expect(deName('Humanis')).toBe("d'Humanis");
    expect(deName('Écosystème')).toBe("d'Écosystème");
    expect(deName('Rebond')).toBe('de Rebond');
    expect(leName('Atelier')).toBe("l'Atelier");
    expect(leName('Secours populaire')).toBe('le Secours populaire');
  });
});
