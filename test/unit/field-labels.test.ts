import { describe, expect, it } from 'vitest';
import { catalogueOf, LANGS } from '../../shared/i18n';
import { inputSchemaOf, METHOD_NAMES, propertyNames } from '../helpers/contract-inputs';

describe('the labels of the contract’s input fields', () => {
  const names = new Set<string>();
  for (const method of METHOD_NAMES) propertyNames(inputSchemaOf(method), names);

  it('walks a contract with fields to name', () => {
    expect(names.size).toBeGreaterThan(100);
    expect(names).toContain('serial');
  });

  for (const lang of LANGS) {
    it(`names every field in ${lang === 'fr' ? 'French' : 'English'}, so a refusal never shows a property name`, () => {
      const catalogue = catalogueOf(lang) as Readonly<Record<string, unknown>>;
      const unlabelled = [...names].filter((name) => {
        const label = catalogue[`field.${name}`];
        return typeof label !== 'string' || label.trim() === '' || label === name;
      });
      expect(unlabelled).toEqual([]);
    });
  }
});
