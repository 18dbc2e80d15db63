import { describe, expect, it } from 'vitest';
import { checkImeiScan, checkSerialScan, DEFAULT_SCAN_RULES, validScanRules } from '../../../shared/domain/scan-rules';
import { translate } from '../../../shared/i18n';

describe('checkSerialScan', () => {
  it('takes an ordinary serial, upper-cased without whitespace', () => {
    expect(checkSerialScan(' 5cq6 vy1 ')).toEqual({ ok: true, serial: '5CQ6VY1' });
    expect(checkSerialScan('SN-12_34.5/6')).toEqual({ ok: true, serial: 'SN-12_34.5/6' });
  });

  it('an empty scan is no serial', () => {
    expect(checkSerialScan('   ')).toEqual({ ok: true, serial: '' });
  });

  it('refuses junk by its characters, naming them', () => {
    expect(checkSerialScan('#@!*%$')).toEqual({
      ok: false,
      code: 'serial_characters',
      params: { value: '#@!*%$', characters: '# @ ! * % $', allowed: '- _ . /' },
    });
    expect(checkSerialScan('ABCé123')).toMatchObject({
      ok: false,
      code: 'serial_characters',
      params: { characters: 'É' },
    });
  });

  it('refuses a single character as too short, with a real singular', () => {
    const result = checkSerialScan('x');
    expect(result).toEqual({
      ok: false,
      code: 'serial_too_short',
      params: { length: 1, characters: 'scan.characters.one', min: 4 },
    });
    expect(checkSerialScan('ABC')).toMatchObject({ params: { length: 3, characters: 'scan.characters.other' } });
  });

  it('refuses a serial longer than the site allows', () => {
    expect(checkSerialScan('A'.repeat(41))).toMatchObject({
      ok: false,
      code: 'serial_too_long',
      params: { length: 41, max: 40 },
    });
    expect(checkSerialScan('A'.repeat(40))).toEqual({ ok: true, serial: 'A'.repeat(40) });
  });

  it.each(['\u0000ABCD', 'AB\tCD', 'ABCD\u001b', 'AB\u200bCD', 'ABCD\u0085'])(
    'refuses control characters in %j',
    (raw) => {
      expect(checkSerialScan(raw)).toEqual({ ok: false, code: 'scan_control_characters', params: {} });
    },
  );

  it('takes the serial and make from a Dell support address, with a warning', () => {
    expect(
      checkSerialScan('https://www.dell.com/support/home/fr-fr/product-support/servicetag/5CQ6VY1/overview'),
    ).toEqual({
      ok: true,
      serial: '5CQ6VY1',
      make: 'Dell',
      warning: { code: 'serial_from_support_url', params: { vendor: 'Dell', serial: '5CQ6VY1' } },
    });
  });

  it('refuses an address of no known vendor, or one without a serial, as an address', () => {
    expect(checkSerialScan('https://example.org/product/5CQ6VY1')).toEqual({
      ok: false,
      code: 'scan_url',
      params: { value: 'https://example.org/product/5CQ6VY1' },
    });
    expect(checkSerialScan('www.dell.com/support/home')).toMatchObject({ ok: false, code: 'scan_url' });
    const long = `https://example.org/${'a'.repeat(200)}`;
    const refusal = checkSerialScan(long);
    expect(refusal.ok === false && String(refusal.params.value).length).toBe(60);
  });

  it.each([
    'To Be Filled By O.E.M.',
    'Default string',
    'Not Specified',
    '--',
    '0123456789',
    '00000000',
    'XXXXXXX',
    'xx',
  ])('reads the firmware placeholder %j as no serial', (raw) => {
    expect(checkSerialScan(raw)).toMatchObject({ ok: true, serial: '', warning: { code: 'serial_placeholder' } });
  });

  it('follows the site rules', () => {
    const rules = { serialMinLength: 8, serialMaxLength: 12, serialExtraCharacters: '-' };
    expect(checkSerialScan('ABC1234', rules)).toMatchObject({
      ok: false,
      code: 'serial_too_short',
      params: { min: 8 },
    });
    expect(checkSerialScan('ABC.12345', rules)).toMatchObject({
      ok: false,
      code: 'serial_characters',
      params: { characters: '.', allowed: '-' },
    });
    expect(checkSerialScan('ABC-12345', rules)).toEqual({ ok: true, serial: 'ABC-12345' });
  });

  it('reads as the issue asks, in both languages', () => {
    const refusal = checkSerialScan('x');
    if (refusal.ok) throw new Error('expected a refusal');
    const params = { ...refusal.params, characters: translate('fr', 'scan.characters.one') };
    expect(translate('fr', 'error.serial_too_short', params)).toMatch(
      /^Numéro de série trop court : 1 caractère, il en faut au moins 4\./,
    );
    expect(
      translate('en', 'error.serial_too_short', { ...params, characters: translate('en', 'scan.characters.one') }),
    ).toMatch(/^Serial number too short: 1 character, at least 4 needed\./);
  });
});

describe('checkImeiScan', () => {
  it('takes an IMEI and flags a doubtful check digit', () => {
    expect(checkImeiScan('356938035643809')).toEqual({ ok: true, value: '356938035643809' });
    expect(checkImeiScan('356938035643800')).toEqual({ ok: true, value: '356938035643800', warning: 'imei_checksum' });
  });
  it('names addresses, control characters and junk', () => {
    expect(checkImeiScan('https://example.org/356938035643809')).toMatchObject({ ok: false, code: 'scan_url' });
    expect(checkImeiScan('35693803\u00005643809')).toMatchObject({ ok: false, code: 'scan_control_characters' });
    expect(checkImeiScan('#@!*%$')).toMatchObject({ ok: false, code: 'imei_invalid' });
  });
});

describe('validScanRules', () => {
  it('accepts the defaults and refuses nonsense', () => {
    expect(validScanRules(DEFAULT_SCAN_RULES)).toBe(true);
    expect(validScanRules({ ...DEFAULT_SCAN_RULES, serialMinLength: 50, serialMaxLength: 40 })).toBe(false);
    expect(validScanRules({ ...DEFAULT_SCAN_RULES, serialMinLength: 0 })).toBe(false);
    expect(validScanRules({ ...DEFAULT_SCAN_RULES, serialExtraCharacters: '<>' })).toBe(false);
  });
});
