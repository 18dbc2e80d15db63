/**
 * Mobile numbers: read with libphonenumber-js, checked against the French mobile ranges Rebond's SIM cards and
 * beneficiaries use, stored in E.164 (`+33612345678`) and shown in national form (`06 12 34 56 78`).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export type PhoneCheck = { ok: true; value: string } | { ok: false; error: 'phone_invalid' };

/** French mobile national significant numbers: 6, 73 to 79 (9 digits), and 700 M2M numbers (13 digits). */
const FRENCH_MOBILE = /^(?:6\d{8}|7[3-9]\d{7}|700\d{10})$/;

/**
 * Mobile ranges of the French numbering plan that belong to overseas departments: dialled 06 nationally, but
 * reachable internationally only through their own country code.
 */
const OVERSEAS_MOBILE_PREFIXES: readonly (readonly [prefix: string, countryCode: string])[] = [
  ['639', '262'], // Mayotte
  ['690', '590'], // Guadeloupe, Saint-Barthélemy, Saint-Martin
  ['691', '590'],
  ['692', '262'], // La Réunion
  ['693', '262'],
  ['694', '594'], // Guyane
  ['696', '596'], // Martinique
  ['697', '596'],
];

const INVALID: PhoneCheck = { ok: false, error: 'phone_invalid' };

/**
 * What a person may type: a national number with its trunk 0, or an international one with `+` or `00` (`+33 (0)6…`
 * included). A bare `612345678` or `+33 06…` is refused: each is a mistake more often than a number.
 */
function typedShape(raw: string): string | null {
  const compact = raw.replace(/[\s.-]/g, '').replace(/^(\(?)(?:\+|00)33\)?\(0\)/, '$1+33');
  if (/^\(?\+\d/.test(compact) || /^00\d/.test(compact)) {
    const international = compact.replace(/^\(?(?:\+|00)/, '+').replace(/[()]/g, '');
    return /^\+[1-9]\d*$/.test(international) && !/^\+330/.test(international) ? international : null;
  }
  const national = compact.replace(/[()]/g, '');
  return /^0\d+$/.test(national) ? national : null;
}

/**
 * A mobile number in E.164 form ("+33612345678"). French numbers are checked against the mobile ranges; numbers
 * with another country code are only checked for shape (8 to 15 digits).
 */
export function normaliseMobilePhone(raw: string): PhoneCheck {
  const typed = typedShape(raw);
  if (typed === null) return INVALID;
  const parsed = parsePhoneNumberFromString(typed, { defaultCountry: 'FR', extract: false });
  if (!parsed) return INVALID;
  const { countryCallingCode, nationalNumber } = parsed;
  if (countryCallingCode === '33') {
    if (!FRENCH_MOBILE.test(nationalNumber)) return INVALID;
    const overseas = OVERSEAS_MOBILE_PREFIXES.find(([prefix]) => nationalNumber.startsWith(prefix));
    return { ok: true, value: `+${overseas?.[1] ?? '33'}${nationalNumber}` };
  }
  const international = `${countryCallingCode}${nationalNumber}`;
  return /^[1-9]\d{7,14}$/.test(international) && typed.replace(/\D/g, '').endsWith(international)
    ? { ok: true, value: `+${international}` }
    : INVALID;
}

/**
 * A stored number as a person reads it: national form for France and its overseas departments (`06 12 34 56 78`,
 * `0692 12 34 56`), international form otherwise (`+41 79 123 45 67`). Text that is not a number is shown as is.
 */
export function formatPhone(stored: string | null | undefined): string {
  if (!stored) return '';
  const parsed = parsePhoneNumberFromString(stored, { defaultCountry: 'FR' });
  if (!parsed) return stored;
  const national = ['33', ...OVERSEAS_MOBILE_PREFIXES.map(([, code]) => code)].includes(parsed.countryCallingCode);
  return national ? parsed.formatNational() : parsed.formatInternational();
}
