/**
 * French typography for printed text: a narrow no-break space (U+202F) before « ; : ! ? » and inside « », where a
 * plain or no-break space stood, so the sign never starts a line. Only where a space was typed: `10:30`,
 * `https://` and `RB-000001` are left alone. English text is printed as written.
 */
import type { Lang } from '../../../shared/i18n';

const NARROW = '\u202f';
const BEFORE_SIGN = /[ \u00a0]+(?=[;:!?»])/g;
const AFTER_OPENING = /«[ \u00a0]*/g;
const BEFORE_CLOSING = /(?<=\S)»/g;

export function frenchTypography(text: string): string {
  return text.replace(BEFORE_SIGN, NARROW).replace(AFTER_OPENING, `«${NARROW}`).replace(BEFORE_CLOSING, `${NARROW}»`);
}

/** The text as the language prints it. */
export function typeset(lang: Lang, text: string): string {
  return lang === 'fr' ? frenchTypography(text) : text;
}

/**
 * An identifier (serial, IMEI, ICCID, e-mail, asset tag) that must never break inside: its hyphens become
 * non-breaking (U+2011), and the caller draws it on one line, smaller if need be (`fitOnOneLine`).
 */
export function unbreakable(text: string): string {
  return text.replace(/-/g, '\u2011');
}

/**
 * The font size at which each line of `text` fits `width` with the current font, from `size` down to `min`; an
 * identifier is printed whole and smaller rather than split.
 */
export function fitOnOneLine(doc: PDFKit.PDFDocument, text: string, width: number, size: number, min = 5.5): number {
  doc.fontSize(size);
  const widest = Math.max(...text.split('\n').map((line) => doc.widthOfString(line)));
  if (widest <= width) return size;
  return Math.max(min, Math.floor(((size * width) / widest) * 10) / 10);
}
