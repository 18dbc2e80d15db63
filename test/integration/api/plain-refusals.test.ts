import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldLabel, invalidInput, issueDetail, zodErrorMap } from '../../../main/api/localise';
import { contract } from '../../../shared/contract';
import { hasMessage, translate, type Lang } from '../../../shared/i18n';
import { memoryHarness, type Harness } from '../../helpers/api';
import { inputSchemaOf, METHOD_NAMES, MISTAKES, propertyNames, wrongValue } from '../../helpers/contract-inputs';
import { setUpLending, type LendingDesk } from '../../helpers/lending';

/** What a validator's own text looks like: a pattern, a comparison, zod's words in either language, a type name. */
const VALIDATOR_TEXT = [
  /\/\^/,
  /\$\//,
  /\\d/,
  /\{\d+,\d*\}/,
  /\[[A-Za-z0-9]-/,
  />=|<=|(?<![a-zà-ÿ ]) ?[<>] ?\d/,
  /\b(?:Invalid|Too (?:small|big)|must match|pattern|Trop (?:petit|grand)|Entrée invalide|Chaîne invalide|Option invalide|correspondre au motif)\b/i,
  /\b(?:expected|received|attendu|reçu) (?:string|number|int|boolean|undefined|bigint|array|object|nan|null)\b/i,
  /\b(?:string|boolean|undefined|bigint|int|array|object|NaN|null)\b/,
  /\d[\d,.\s\u202f]{12,}/,
];

/** English words that would give away an untranslated message in French. */
const ENGLISH_IN_FRENCH =
  /\b(?:the|is|are|expected|required|must|should|characters?|number|between|least|most|only|digits?|choose|field)\b/i;

function messagesOf(lang: Lang, error: z.ZodError): string[] {
  return error.issues.map((issue) =>
    translate(lang, 'error.invalid_input', { field: fieldLabel(lang, issue.path), detail: issueDetail(lang, issue) }),
  );
}

describe('every refusal of bad input, for every method of the contract', () => {
  for (const method of METHOD_NAMES) {
    it(`${method}: names the field in words and says what is expected, never a validator's text`, () => {
      const schema = inputSchemaOf(method);
      let refusals = 0;
      for (const mistake of MISTAKES) {
        const input = wrongValue(schema, mistake);
        for (const lang of ['fr', 'en'] as const) {
          const parsed = contract[method].input.safeParse(input, { error: zodErrorMap(lang) });
          if (parsed.success) continue;
          refusals += 1;
          for (const issue of parsed.error.issues) {
            for (const segment of issue.path) {
              if (typeof segment === 'string')
                expect(hasMessage(`field.${segment}`), `${method}: field « ${segment} » has no label`).toBe(true);
            }
          }
          for (const message of messagesOf(lang, parsed.error)) {
            for (const pattern of VALIDATOR_TEXT)
              expect(message, `${method} (${mistake}, ${lang})`).not.toMatch(pattern);
            if (lang === 'fr') expect(message, `${method} (${mistake})`).not.toMatch(ENGLISH_IN_FRENCH);
            expect(message).toMatch(/^[^:]+ ?: \S/);
          }
        }
      }
      // A method with no input to get wrong (`session.state`) is refused nothing; every other is refused something.
      if (propertyNames(schema).size > 0) expect(refusals, method).toBeGreaterThan(0);
    });
  }
});

describe('the words chosen for the usual checks', () => {
  const refusal = (lang: Lang, method: keyof typeof contract, input: unknown) => {
    const parsed = contract[method].input.safeParse(input, { error: zodErrorMap(lang) });
    if (parsed.success) throw new Error(`${method} accepted ${JSON.stringify(input)}`);
    return invalidInput(lang, parsed.error);
  };

  it('a PIN: digits only, 4 to 8 of them', () => {
    expect(refusal('fr', 'session.signIn', { operatorId: 1, pin: '12ab' }).message).toBe(
      'Code PIN : uniquement des chiffres, de 4 à 8',
    );
    expect(refusal('en', 'session.signIn', { operatorId: 1, pin: '12' }).message).toBe(
      'PIN: digits only, 4 to 8 of them',
    );
  });

  it('a required text left blank, a text too long', () => {
    expect(refusal('fr', 'sites.create', { name: '   ' })).toMatchObject({ field: 'name', message: 'Nom : à remplir' });
    expect(refusal('en', 'sites.create', { name: 'x'.repeat(121) }).message).toBe(
      'Name: too long: at most 120 characters',
    );
  });

  it('a number out of its range gives both ends', () => {
    const error = refusal('fr', 'settings.update', { assetTagPrefix: 'RB', assetTagDigits: 40 });
    expect(error.message).toBe(
      `${translate('fr', 'field.assetTagDigits')} : un nombre entier entre 4 et 10 est attendu`,
    );
    expect(refusal('en', 'settings.update', { assetTagPrefix: 'RB', assetTagDigits: 4.5 }).message).toBe(
      `${translate('en', 'field.assetTagDigits')}: a whole number between 4 and 10 is expected`,
    );
  });

  it('a date, a choice', () => {
    expect(refusal('en', 'sites.create', { name: 12 }).message).toBe('Name: text is expected');
    const parsed = contract['inventory.list'].input.safeParse(
      { sort: { column: 'colour', direction: 'asc' } },
      { error: zodErrorMap('fr') },
    );
    expect(parsed.success ? null : invalidInput('fr', parsed.error).message).toBe(
      'Tri, Colonne de tri : choisissez l’un des choix proposés',
    );
    const day = contract['batches.create'].input.safeParse({ receivedOn: '2026-02-30' }, { error: zodErrorMap('en') });
    expect(
      day.success
        ? []
        : day.error.issues.filter((issue) => issue.path[0] === 'receivedOn').map((issue) => issue.message),
    ).toEqual(['a date is expected (day, month and year)']);
  });
});

describe('through the gate', () => {
  let h: Harness;
  let d: LendingDesk;
  beforeAll(() => {
    h = memoryHarness();
    d = setUpLending(h);
  });
  afterAll(() => h.close());

  it('a SIM card’s PIN with letters is refused naming the line and the field, in French and in English', () => {
    const input = { operator: 'Orange', planName: 'Solidaire', cards: [{ iccid: '8933150000000000001', pin: '12a4' }] };
    const fr = h.refuse(d.coord, 'sims.registerMany', input);
    expect(fr).toMatchObject({ code: 'invalid_input', field: 'cards.0.pin' });
    expect(fr.message).toMatch(/, ligne 1, Code PIN : uniquement des chiffres, de 4 à 8$/);
    const en = h.refuse({ ...d.coord, lang: 'en' }, 'sims.registerMany', input);
    expect(en.message).toMatch(/, line 1, PIN: digits only, 4 to 8 of them$/);
  });
});
