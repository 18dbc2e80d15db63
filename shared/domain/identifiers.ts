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

/** Mobile numbers are read and shown by the formatting module (libphonenumber-js); their rules live there. */
export { normaliseMobilePhone } from '../format/phone';
