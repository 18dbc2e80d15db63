/**
 * Checks and normal forms for device and SIM identifiers (IMEI, ICCID, serial numbers, makes) and mobile numbers.
 * Nothing here throws: callers get a result and map its code to a translated message.
 */

export type IdentifierCheck =
  | { ok: true; value: string; warning?: 'imei_checksum' | 'iccid_checksum' }
  | { ok: false; error: 'imei_invalid' | 'iccid_invalid' | 'phone_invalid' };

const DIGITS = /^\d+$/;

/** Luhn sum of a digit string, read from the right; `doubleRightmost` is true when the check digit is not there yet. */
function luhnSum(digits: string, doubleRightmost: boolean): number {
  let sum = 0;
  let double = doubleRightmost;
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum;
}

/** The Luhn check digit to append to `digitsWithoutCheck`; -1 if the input holds anything but digits. */
export function luhnCheckDigit(digitsWithoutCheck: string): number {
  if (!/^\d*$/.test(digitsWithoutCheck)) return -1;
  return (10 - (luhnSum(digitsWithoutCheck, true) % 10)) % 10;
}

/** True when `digits` is all digits and its last digit is the Luhn check digit of the others. */
export function isLuhnValid(digits: string): boolean {
  return DIGITS.test(digits) && luhnSum(digits, false) % 10 === 0;
}

/** Serial numbers have no standard: stored upper-cased without any whitespace (scanners and copy-paste add some). */
export function normaliseSerial(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** Display form of a make: trimmed, inner runs of whitespace reduced to one space, case kept. */
export function cleanMake(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ');
}

/** Key used to detect duplicate makes ("HP ", "hp" -> "hp"). */
export function normaliseMake(raw: string): string {
  // Upper then lower folds more case pairs than lower alone (e.g. "ß" and "SS" both give "ss").
  return cleanMake(raw).toUpperCase().toLowerCase();
}

function stripImeiSeparators(raw: string): string {
  return raw.replace(/[\s./-]/g, '');
}

/** Used by the search box to guess that a scanned code is an IMEI or IMEISV. */
export function looksLikeImei(raw: string): boolean {
  return /^\d{15,16}$/.test(stripImeiSeparators(raw));
}

/**
 * IMEI: 15 digits ending with a Luhn check digit, or an IMEISV (16 digits, no check digit).
 * A wrong check digit is only a warning: very old devices carry 0 there.
 */
export function checkImei(raw: string): IdentifierCheck {
  const digits = stripImeiSeparators(raw);
  if (/^\d{16}$/.test(digits)) return { ok: true, value: digits };
  if (!/^\d{15}$/.test(digits)) return { ok: false, error: 'imei_invalid' };
  return isLuhnValid(digits) ? { ok: true, value: digits } : { ok: true, value: digits, warning: 'imei_checksum' };
}

/**
 * ICCID (ITU-T E.118): "89", then 17 to 20 more digits, the last being a Luhn check digit. A trailing F (printer
 * padding) is dropped. A Luhn failure is only a warning because some lists omit the check digit.
 */
export function checkIccid(raw: string): IdentifierCheck {
  const digits = raw.replace(/[\s-]/g, '').replace(/F$/i, '');
  if (!/^89\d{17,20}$/.test(digits)) return { ok: false, error: 'iccid_invalid' };
  return isLuhnValid(digits) ? { ok: true, value: digits } : { ok: true, value: digits, warning: 'iccid_checksum' };
}

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

function frenchMobileToE164(nationalNumber: string): IdentifierCheck {
  if (!FRENCH_MOBILE.test(nationalNumber)) return { ok: false, error: 'phone_invalid' };
  const overseas = OVERSEAS_MOBILE_PREFIXES.find(([prefix]) => nationalNumber.startsWith(prefix));
  return { ok: true, value: `+${overseas?.[1] ?? '33'}${nationalNumber}` };
}

/**
 * A mobile number in E.164 form ("+33612345678"). French numbers are checked against the mobile ranges; numbers
 * with another country code are only checked for shape (8 to 15 digits).
 */
export function normaliseMobilePhone(raw: string): IdentifierCheck {
  const compact = raw
    .replace(/[\s.-]/g, '')
    .replace(/^(?:\+|00)33\(0\)/, '+33') // "+33 (0)6 ..." is a common way to write the trunk prefix
    .replace(/[()]/g, '');

  let international: string;
  if (/^\+\d+$/.test(compact)) international = compact.slice(1);
  else if (/^00\d+$/.test(compact)) international = compact.slice(2);
  else if (/^0\d+$/.test(compact)) international = `33${compact.slice(1)}`;
  else return { ok: false, error: 'phone_invalid' };

  if (international.startsWith('33')) return frenchMobileToE164(international.slice(2));
  if (/^[1-9]\d{7,14}$/.test(international)) return { ok: true, value: `+${international}` };
  return { ok: false, error: 'phone_invalid' };
}
