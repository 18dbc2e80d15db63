import { describe, expect, it } from 'vitest';
import { parseNumber, parseWholeNumber } from '../../../shared/format/parse-number';
import { parseEurosToCents } from '../../../shared/format/money';

const value = (v: number | null) => ({ ok: true, value: v });
const refused = { ok: false };

describe('parseNumber', () => {
  it('reads a decimal comma or point, and thousands grouped by spaces or by the other mark', () => {
    const accepted: [string, number][] = [
      ['0', 0],
      ['12', 12],
      ['007', 7],
      ['12,5', 12.5],
      ['12.5', 12.5],
      [' 15,6 ', 15.6],
      ['1,234', 1.234],
      ['1 234', 1234],
      ['1\u00a0234', 1234],
      ['1\u202f234,5', 1234.5],
      ['1 234 567', 1234567],
      ['1.234.567', 1234567],
      ['1,234,567', 1234567],
      ['1.234,56', 1234.56],
      ['1,234.56', 1234.56],
      ['1.234.567,8', 1234567.8],
    ];
    for (const [typed, expected] of accepted) expect(parseNumber(typed), typed).toEqual(value(expected));
  });

  it('gives null for a blank box', () => {
    expect(parseNumber('')).toEqual(value(null));
    expect(parseNumber('   ')).toEqual(value(null));
  });

  it('refuses exponents, hexadecimal, signs, stray marks, bad grouping and other characters', () => {
    for (const typed of [
      '1e3',
      '1E3',
      '0x10',
      '0b1',
      '-5',
      '+5',
      ',5',
      '.5',
      '5,',
      '5.',
      '1,2,3.4,5',
      '1.2.3,4.5',
      '12 34',
      '1 2345',
      '1 234.567,8',
      '1,23,456',
      '1.2.3',
      '12a',
      'abc',
      'Infinity',
      'NaN',
      '5 kg',
      '1_000',
      '١٢',
    ]) {
      expect(parseNumber(typed), typed).toEqual(refused);
    }
  });

  it('reads a sign only when asked', () => {
    expect(parseNumber('-5', { signed: true })).toEqual(value(-5));
    expect(parseNumber('+2,5', { signed: true })).toEqual(value(2.5));
    expect(parseNumber('-0', { signed: true })).toEqual(value(0));
    expect(parseNumber('--5', { signed: true })).toEqual(refused);
    expect(parseNumber('- 5', { signed: true })).toEqual(refused);
  });

  it('refuses more decimals than the rules allow', () => {
    expect(parseNumber('2,55', { maxDecimals: 2 })).toEqual(value(2.55));
    expect(parseNumber('2,555', { maxDecimals: 2 })).toEqual(refused);
  });

  it('refuses a number too large to be exact', () => {
    expect(parseNumber('99999999999999999999')).toEqual(refused);
  });
});

describe('parseWholeNumber', () => {
  it('reads whole numbers with grouped thousands and refuses decimals', () => {
    expect(parseWholeNumber('12')).toEqual(value(12));
    expect(parseWholeNumber('1 200')).toEqual(value(1200));
    expect(parseWholeNumber('')).toEqual(value(null));
    for (const typed of ['12,5', '12.0', '1,234', '-1', '1e2', '0x1F'])
      expect(parseWholeNumber(typed), typed).toEqual(refused);
  });
});

describe('parseEurosToCents', () => {
  it('counts cents from the digits, with or without the euro sign', () => {
    const accepted: [string, number][] = [
      ['12', 1200],
      ['12,5', 1250],
      ['12.50', 1250],
      ['0,29', 29],
      ['1 234,56', 123456],
      ['12 €', 1200],
      ['12€', 1200],
      ['€12.5', 1250],
    ];
    for (const [typed, expected] of accepted) expect(parseEurosToCents(typed), typed).toEqual(value(expected));
    expect(parseEurosToCents('')).toEqual(value(null));
  });

  it('refuses a third decimal, a sign, an exponent and a lone euro sign', () => {
    for (const typed of ['12,505', '-12', '1e2', '€', '12 € €', '0x10', '12,5 $'])
      expect(parseEurosToCents(typed), typed).toEqual(refused);
  });
});
