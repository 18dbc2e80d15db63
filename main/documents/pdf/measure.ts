/**
 * The height text will take once drawn, to keep a block on one page before drawing it. pdfkit's `heightOfString`
 * lays the text out line by line as drawing does, which costs as much as drawing; most measured texts (table
 * cells, names, labels) are a line or a few short lines, whose height follows from their width alone.
 */

export interface MeasureOptions {
  width: number;
  lineGap?: number;
}

/** A line ends before this much of the width is used up, wherever pdfkit's rounding of word widths falls. */
const SLACK = 0.5;

/** pdfkit's line breaks other than `\n`, and the soft hyphen, which it may print: those texts are laid out in full. */
const LAID_OUT_IN_FULL = /[\r\v\f\u0085\u2028\u2029\u00ad]/;

/**
 * The same as `doc.heightOfString(text, options)` with the current font and size, documents having no line gap of
 * their own (test/integration/documents/measure.test.ts).
 */
export function textHeight(doc: PDFKit.PDFDocument, text: string, options: MeasureOptions): number {
  const lines = text.split('\n');
  const fitsOnOneLine = (line: string, index: number) =>
    line !== '' && doc.widthOfString(index < lines.length - 1 ? `${line}\n` : line) <= options.width - SLACK;
  if (LAID_OUT_IN_FULL.test(text) || !lines.every(fitsOnOneLine)) return doc.heightOfString(text, options);
  return lines.length * (doc.currentLineHeight(true) + (options.lineGap ?? 0));
}
