import { describe, expect, it } from 'vitest';
import { formatPhone, normaliseMobilePhone } from '../../../shared/format/phone';

describe('formatPhone', () => {
  it('shows French and overseas mobiles in national form', () => {
    expect(formatPhone('+33612345678')).toBe('06 12 34 56 78');
    expect(formatPhone('+33781234567')).toBe('07 81 23 45 67');
    expect(formatPhone('+262692123456')).toBe('0692 12 34 56');
    expect(formatPhone('+594694123456')).toBe('0694 12 34 56');
  });

  it('shows other countries in international form, and anything else as it is', () => {
    expect(formatPhone('+41791234567')).toBe('+41 79 123 45 67');
    expect(formatPhone('not a number')).toBe('not a number');
    expect(formatPhone(null)).toBe('');
  });

  it('shows again what it stored', () => {
    for (const typed of ['06 12 34 56 78', '+33 7 81 23 45 67', '0692 12 34 56', '0041 79 123 45 67']) {
      const stored = normaliseMobilePhone(typed);
      if (!stored.ok) throw new Error(`${typed} was refused`);
      expect(normaliseMobilePhone(formatPhone(stored.value)), typed).toEqual(stored);
    }
  });
});
