import { describe, expect, it } from 'vitest';
import {
  PLACEHOLDERS,
  type PlaceholderId,
  type PlaceholderValues,
} from '../../../shared/domain/agreement-placeholders';
import { fillTemplate } from '../../../shared/domain/agreement-template';
import { deName, leName } from '../../../shared/format/names';
import { pluralOf } from '../../../shared/format/plural';

describe('pluralOf', () => {
  it('takes the singular below 2 in French', () => {
    expect([0, 1, 1.5, 2, 12].map((count) => pluralOf('fr', count))).toEqual(['one', 'one', 'one', 'other', 'other']);
  });

  it('takes the singular for exactly 1 in English', () => {
    expect([0, 1, 1.5, 2, 12].map((count) => pluralOf('en', count))).toEqual([
      'other',
      'one',
      'other',
      'other',
      'other',
    ]);
  });
});

describe('French elision before a name', () => {
  it('elides before a vowel or an h, and not before a consonant', () => {
    expect(deName('Emmaüs')).toBe('d’Emmaüs');
    expect(deName('  Atelier du Bocage ')).toBe('d’Atelier du Bocage');
    expect(deName('Humanis')).toBe('d’Humanis');
    expect(deName('Écosystème')).toBe('d’Écosystème');
    expect(deName('Rebond')).toBe('de Rebond');
    expect(leName('Atelier')).toBe('l’Atelier');
    expect(leName('Secours populaire')).toBe('le Secours populaire');
  });
});

const PLACEHOLDER_IDS = Object.keys(PLACEHOLDERS) as PlaceholderId[];

describe('agreement clauses', () => {
  const values = (name: string) =>
    Object.fromEntries(
      PLACEHOLDER_IDS.map((id) => [id, id === 'organisation_name' ? name : '24 mois']),
    ) as PlaceholderValues;
  const clause = (name: string) =>
    fillTemplate(
      [
        {
          type: 'paragraph',
          segments: [
            { type: 'text', text: 'Les équipements restent la propriété de ' },
            { type: 'placeholder', id: 'organisation_name' },
            { type: 'text', text: ' pendant le prêt.' },
          ],
        },
      ],
      values(name),
      { sim: false },
    )[0]?.text;

  it('elide « de » before an organisation whose name needs it, and only then', () => {
    expect(clause('Emmaüs Connect')).toBe('Les équipements restent la propriété d’Emmaüs Connect pendant le prêt.');
    expect(clause('Rebond Lyon')).toBe('Les équipements restent la propriété de Rebond Lyon pendant le prêt.');
  });
});
