import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkIccid,
  checkImei,
  cleanMake,
  isLuhnValid,
  looksLikeImei,
  luhnCheckDigit,
  normaliseMake,
  normaliseMobilePhone,
  normaliseSerial,
} from '../../shared/domain/identifiers';

const digitString = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength });

/** Inserts random separators between the characters of `digits`. */
const withSeparators = (digits: string, separators: string) =>
  fc
    .array(fc.constantFrom('', ...separators), { minLength: digits.length, maxLength: digits.length })
    .map((gaps) => [...digits].map((digit, i) => `${digit}${gaps[i] ?? ''}`).join(''));

/** Replaces the digit at `index` by a different one. */
/** Any Unicode text, or short text dense in whitespace and case pairs. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', 'a', 'B', 'é', 'ß', 'İ', '1', '-') }),
);

const alterDigit = (digits: string, index: number, shift: number) => {
  const altered = (Number(digits[index]) + shift) % 10;
  return `${digits.slice(0, index)}${altered}${digits.slice(index + 1)}`;
};

describe('Luhn', () => {
  it('computes known check digits', () => {
    expect(luhnCheckDigit('49015420323751')).toBe(8);
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(luhnCheckDigit('')).toBe(0);
    expect(isLuhnValid('79927398713')).toBe(true);
    expect(isLuhnValid('79927398710')).toBe(false);
  });

  it('rejects anything but digits', () => {
    expect(luhnCheckDigit('12a4')).toBe(-1);
    expect(isLuhnValid('')).toBe(false);
    expect(isLuhnValid('4901 5420 3237 518')).toBe(false);
  });

  it('makes any digit string valid once its check digit is appended', () => {
    fc.assert(fc.property(digitString(0, 30), (digits) => isLuhnValid(`${digits}${luhnCheckDigit(digits)}`)));
  });

  it('detects any single changed digit', () => {
    const validNumber = digitString(1, 30).map((digits) => `${digits}${luhnCheckDigit(digits)}`);
    fc.assert(
      fc.property(validNumber, fc.nat(), fc.integer({ min: 1, max: 9 }), (valid, position, shift) => {
        const altered = alterDigit(valid, position % valid.length, shift);
        expect(altered).not.toBe(valid);
        expect(isLuhnValid(altered)).toBe(false);
      }),
    );
  });
});

describe('checkImei', () => {
  it('accepts the reference IMEIs without warning', () => {
    expect(checkImei('490154203237518')).toEqual({ ok: true, value: '490154203237518' });
    expect(checkImei('260531793113837')).toEqual({ ok: true, value: '260531793113837' });
  });

  it('strips spaces, dashes, slashes and dots', () => {
    expect(checkImei(' 49-015420-323751-8 ')).toEqual({ ok: true, value: '490154203237518' });
    expect(checkImei('49.015420/323751 8')).toEqual({ ok: true, value: '490154203237518' });
  });

  it('only warns on a wrong check digit, including the 0 of very old devices', () => {
    expect(checkImei('490154203237519')).toEqual({ ok: true, value: '490154203237519', warning: 'imei_checksum' });
    expect(checkImei('490154213237518')).toEqual({ ok: true, value: '490154213237518', warning: 'imei_checksum' });
    expect(checkImei('490154203237510')).toEqual({ ok: true, value: '490154203237510', warning: 'imei_checksum' });
  });

  it('accepts a 16-digit IMEISV without checksum', () => {
    expect(checkImei('4901542032375101')).toEqual({ ok: true, value: '4901542032375101' });
    expect(checkImei('4901 5420 3237 5199')).toEqual({ ok: true, value: '4901542032375199' });
  });

  it('rejects letters, other lengths and empty input', () => {
    for (const raw of ['49015420323751A', 'IMEI490154203237518', '49015420323751', '49015420323751800', '', '   ']) {
      expect(checkImei(raw)).toEqual({ ok: false, error: 'imei_invalid' });
    }
  });

  it('accepts any well-formed IMEI, whatever the separators', () => {
    const imei = digitString(14, 14).map((body) => `${body}${luhnCheckDigit(body)}`);
    fc.assert(
      fc.property(
        imei.chain((digits) => withSeparators(digits, ' -').map((formatted) => ({ digits, formatted }))),
        ({ digits, formatted }) => {
          expect(checkImei(formatted)).toEqual({ ok: true, value: digits });
          expect(looksLikeImei(formatted)).toBe(true);
        },
      ),
    );
  });
});

describe('looksLikeImei', () => {
  it('recognises 15 or 16 digits only', () => {
    expect(looksLikeImei('35-209900-176148-1')).toBe(true);
    expect(looksLikeImei('3520990017614823')).toBe(true);
    expect(looksLikeImei('35209900176148')).toBe(false);
    expect(looksLikeImei('8933012345678901231')).toBe(false);
    expect(looksLikeImei('5CG1234ABC')).toBe(false);
  });
});

describe('checkIccid', () => {
  it('accepts the reference ICCID', () => {
    expect(checkIccid('8933012345678901231')).toEqual({ ok: true, value: '8933012345678901231' });
    expect(checkIccid('8933 0123 4567 8901 231')).toEqual({ ok: true, value: '8933012345678901231' });
  });

  it('drops a trailing F pad', () => {
    expect(checkIccid('8933012345678901231F')).toEqual({ ok: true, value: '8933012345678901231' });
    expect(checkIccid('8933-0123-4567-8901-231f')).toEqual({ ok: true, value: '8933012345678901231' });
  });

  it('rejects an ICCID shorter than 19 digits, such as the reference without its check digit', () => {
    expect(checkIccid('893301234567890123')).toEqual({ ok: false, error: 'iccid_invalid' });
  });

  it('only warns on a Luhn failure', () => {
    expect(checkIccid('8933012345678901232')).toEqual({
      ok: true,
      value: '8933012345678901232',
      warning: 'iccid_checksum',
    });
  });

  it('accepts 19 to 22 digits', () => {
    const body = '89330123456789012345';
    for (const length of [19, 20, 21, 22]) {
      const withoutCheck = body.slice(0, length - 1);
      const iccid = `${withoutCheck}${luhnCheckDigit(withoutCheck)}`;
      expect(checkIccid(iccid)).toEqual({ ok: true, value: iccid });
    }
    expect(checkIccid('89330123456789012345678')).toEqual({ ok: false, error: 'iccid_invalid' });
  });

  it('rejects other prefixes, letters and empty input', () => {
    for (const raw of ['9933012345678901231', '8833012345678901231', '89330123456789012A1', 'F', '']) {
      expect(checkIccid(raw)).toEqual({ ok: false, error: 'iccid_invalid' });
    }
  });
});

describe('normaliseMobilePhone', () => {
  const e164 = (value: string) => ({ ok: true, value });
  const invalid = { ok: false, error: 'phone_invalid' };

  it('turns French national mobiles into E.164', () => {
    expect(normaliseMobilePhone('06 12 34 56 78')).toEqual(e164('+33612345678'));
    expect(normaliseMobilePhone('06.12.34.56.78')).toEqual(e164('+33612345678'));
    expect(normaliseMobilePhone('06-12-34-56-78')).toEqual(e164('+33612345678'));
    expect(normaliseMobilePhone('07 81 23 45 67')).toEqual(e164('+33781234567'));
    expect(normaliseMobilePhone('0733123456')).toEqual(e164('+33733123456'));
  });

  it('accepts the international French forms', () => {
    expect(normaliseMobilePhone('+33 7 81 23 45 67')).toEqual(e164('+33781234567'));
    expect(normaliseMobilePhone('0033612345678')).toEqual(e164('+33612345678'));
    expect(normaliseMobilePhone('+33 (0)6 12 34 56 78')).toEqual(e164('+33612345678'));
    expect(normaliseMobilePhone('0033 (0)6 12 34 56 78')).toEqual(e164('+33612345678'));
    expect(normaliseMobilePhone('(+33) 6 12 34 56 78')).toEqual(e164('+33612345678'));
  });

  it('accepts 0700 M2M numbers (14 digits nationally)', () => {
    expect(normaliseMobilePhone('07 00 12 34 56 78 90')).toEqual(e164('+337001234567890'));
    expect(normaliseMobilePhone('+33 700 1234567890')).toEqual(e164('+337001234567890'));
    expect(normaliseMobilePhone('07 00 12 34 56')).toEqual(invalid);
  });

  it('rejects landlines, non-mobile 07 ranges and malformed input', () => {
    for (const raw of [
      '07 12 34 56 78',
      '07 01 23 45 67',
      '07 21 23 45 67',
      '01 23 45 67 89',
      '05 23 45 67 89',
      '09 51 23 45 67',
      '+33 1 23 45 67 89',
      '06 12 34 56 7',
      '06 12 34 56 789',
      '612345678',
      '06 12 AB 56 78',
      '+33 06 12 34 56 78',
      '',
    ]) {
      expect(normaliseMobilePhone(raw), raw).toEqual(invalid);
    }
  });

  it('accepts other country codes by shape only', () => {
    expect(normaliseMobilePhone('+262 692 12 34 56')).toEqual(e164('+262692123456'));
    expect(normaliseMobilePhone('0041 79 123 45 67')).toEqual(e164('+41791234567'));
    expect(normaliseMobilePhone('+1234567')).toEqual(invalid);
    expect(normaliseMobilePhone('+1234567890123456')).toEqual(invalid);
    expect(normaliseMobilePhone('+0123456789')).toEqual(invalid);
  });

  it('gives overseas 06 mobiles their own country code', () => {
    expect(normaliseMobilePhone('0692 12 34 56')).toEqual(e164('+262692123456'));
    expect(normaliseMobilePhone('+33 692 12 34 56')).toEqual(e164('+262692123456'));
    expect(normaliseMobilePhone('0639 12 34 56')).toEqual(e164('+262639123456'));
    expect(normaliseMobilePhone('0690 12 34 56')).toEqual(e164('+590690123456'));
    expect(normaliseMobilePhone('0694 12 34 56')).toEqual(e164('+594694123456'));
    expect(normaliseMobilePhone('0696 12 34 56')).toEqual(e164('+596696123456'));
    expect(normaliseMobilePhone('0695 12 34 56')).toEqual(e164('+33695123456'));
  });

  it('gives the same result for a national 06 number and its +33 form', () => {
    fc.assert(
      fc.property(digitString(8, 8), (rest) => {
        const national = normaliseMobilePhone(`06${rest}`);
        expect(national.ok).toBe(true);
        expect(normaliseMobilePhone(`+33 6${rest}`)).toEqual(national);
      }),
    );
  });
});

describe('serial numbers', () => {
  it('trims, upper-cases and removes whitespace', () => {
    expect(normaliseSerial('  5cg1234abc\n')).toBe('5CG1234ABC');
    expect(normaliseSerial('C02 XK1\tZJGH7')).toBe('C02XK1ZJGH7');
    expect(normaliseSerial('   ')).toBe('');
    expect(normaliseSerial('')).toBe('');
  });

  it('is idempotent and leaves no whitespace nor lower case', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const serial = normaliseSerial(raw);
        expect(normaliseSerial(serial)).toBe(serial);
        expect(serial).not.toMatch(/[\s a-z]/);
        expect(serial).toBe(serial.toUpperCase());
      }),
    );
  });
});

describe('makes', () => {
  it('builds a duplicate key and a display form', () => {
    expect(normaliseMake('HP ')).toBe('hp');
    expect(normaliseMake('hp')).toBe('hp');
    expect(normaliseMake(' Hewlett  Packard ')).toBe('hewlett packard');
    expect(cleanMake(' Hewlett \t Packard ')).toBe('Hewlett Packard');
    expect(cleanMake('')).toBe('');
  });

  it('has an idempotent, case-insensitive key', () => {
    const make = fc.oneof(anyText, fc.mixedCase(fc.string()));
    fc.assert(
      fc.property(make, (raw) => {
        const key = normaliseMake(raw);
        expect(normaliseMake(key)).toBe(key);
        expect(normaliseMake(raw.toUpperCase())).toBe(key);
        expect(normaliseMake(raw.toLowerCase())).toBe(key);
      }),
    );
  });

  it('gives the same key to any mix of case', () => {
    const rawAndMixed = fc.string().chain((raw) => fc.tuple(fc.constant(raw), fc.mixedCase(fc.constant(raw))));
    fc.assert(
      fc.property(rawAndMixed, ([raw, mixed]) => {
        expect(normaliseMake(mixed)).toBe(normaliseMake(raw));
      }),
    );
  });
});
