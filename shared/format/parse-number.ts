/**
 * The one reader of numbers typed by a person. Accepted: digits with a decimal comma or point (`12,5`, `12.5`),
 * thousands grouped by spaces (`1 234`) or by the other mark (`1.234,5`, `1,234.5`, `1.234.567`). Refused: an
 * exponent (`1e3`), hexadecimal (`0x10`), a sign unless the rules allow one, a mark without digits on both sides
 * (`,5`, `5,`), badly grouped thousands (`12 34`), and any other character.
 */

export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

export interface NumberRules {
  /** Decimals allowed after the mark: 0 for a whole number; any number of them when absent. */
  maxDecimals?: number;
  /** Whether a leading `-` (or `+`) is read; refused by default. */
  signed?: boolean;
}

/** A number split into its digits, before any rounding: money is counted from these, never from a float. */
export interface DecimalDigits {
  negative: boolean;
  whole: string;
  fraction: string;
}

const SPACES = /[ \u00a0\u202f]/;
const GROUPED = /^\d{1,3}(?:G\d{3})+$/;

/** The whole part with its thousands separator `separator` (or none) taken out; null when badly grouped. */
function ungroup(whole: string, separator: string | null): string | null {
  if (separator === null) return /^\d+$/.test(whole) ? whole : null;
  const pattern = new RegExp(GROUPED.source.replace('G', separator === ' ' ? '[ \\u00a0\\u202f]' : `\\${separator}`));
  return pattern.test(whole) ? whole.replace(/\D/g, '') : null;
}

/** Splits typed text into sign, whole digits and fraction digits; null when it is not a number. Blank is ''. */
export function readDecimal(typed: string, rules: NumberRules = {}): DecimalDigits | null | '' {
  let text = typed.trim();
  if (text === '') return '';
  let negative = false;
  if (rules.signed && /^[-+]/.test(text)) {
    negative = text.startsWith('-');
    text = text.slice(1);
  }
  if (!/^[\d ,.\u00a0\u202f]+$/.test(text) || !/^\d/.test(text) || !/\d$/.test(text)) return null;

  const commas = text.split(',').length - 1;
  const points = text.split('.').length - 1;
  const hasSpaces = SPACES.test(text);
  let decimalMark: ',' | '.' | null = null;
  let separator: string | null = hasSpaces ? ' ' : null;
  if (commas > 0 && points > 0) {
    if (hasSpaces || Math.min(commas, points) > 1) return null;
    decimalMark = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    if ((decimalMark === ',' ? commas : points) > 1) return null;
    separator = decimalMark === ',' ? '.' : ',';
  } else if (commas + points === 1) {
    decimalMark = commas === 1 ? ',' : '.';
  } else if (commas + points > 1) {
    if (hasSpaces) return null;
    separator = commas > 0 ? ',' : '.';
  }

  const markAt = decimalMark === null ? -1 : text.lastIndexOf(decimalMark);
  const wholeText = markAt === -1 ? text : text.slice(0, markAt);
  const fraction = markAt === -1 ? '' : text.slice(markAt + 1);
  if (!/^\d*$/.test(fraction)) return null;
  const whole = ungroup(wholeText, separator);
  if (whole === null) return null;
  if (rules.maxDecimals !== undefined && fraction.length > rules.maxDecimals) return null;
  return { negative, whole, fraction };
}

/** A number as typed, or null when the box is blank; `{ ok: false }` when it is not a number the rules allow. */
export function parseNumber(typed: string, rules: NumberRules = {}): ParsedNumber {
  const digits = readDecimal(typed, rules);
  if (digits === '') return { ok: true, value: null };
  if (digits === null) return { ok: false };
  const magnitude = Number(digits.fraction === '' ? digits.whole : `${digits.whole}.${digits.fraction}`);
  if (!Number.isFinite(magnitude) || Number(digits.whole) > Number.MAX_SAFE_INTEGER) return { ok: false };
  return { ok: true, value: digits.negative && magnitude !== 0 ? -magnitude : magnitude };
}

/** A whole number (`12`, `1 200`), null when blank. */
export function parseWholeNumber(typed: string, rules: Omit<NumberRules, 'maxDecimals'> = {}): ParsedNumber {
  return parseNumber(typed, { ...rules, maxDecimals: 0 });
}

/** The number read, or null when the box was blank or the text refused (for a value already checked). */
export function valueOrNull(parsed: ParsedNumber): number | null {
  return parsed.ok ? parsed.value : null;
}
