/** Flowing content for framed documents: titles, sections, paragraphs and label/value blocks that break cleanly. */
import { FONT } from './fonts';
import { textHeight } from './measure';
import { COLOURS } from './units';

export const contentLeft = (doc: PDFKit.PDFDocument): number => doc.page.margins.left;
export const contentWidth = (doc: PDFKit.PDFDocument): number =>
  doc.page.width - doc.page.margins.left - doc.page.margins.right;
const contentBottom = (doc: PDFKit.PDFDocument): number => doc.page.height - doc.page.margins.bottom;

/** The height of the page's content area: what a block may take at most to be kept whole. */
export const contentHeight = (doc: PDFKit.PDFDocument): number =>
  doc.page.height - doc.page.margins.top - doc.page.margins.bottom;

/**
 * Starts a new page unless `block` and `next` both fit below the cursor, so that `next` (a signature row) never
 * stands alone at the top of a page: it goes over with the block before it (the last clause, the last item lines).
 * When the two together could not fit on any page, only `next` is kept whole.
 */
export function keepWithNext(doc: PDFKit.PDFDocument, block: number, next: number): void {
  ensureSpace(doc, block + next <= contentHeight(doc) ? block + next : next);
}

/** Starts a new page unless `height` points still fit below the cursor. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > contentBottom(doc)) doc.addPage();
}

export function spaceBelow(doc: PDFKit.PDFDocument): number {
  return contentBottom(doc) - doc.y;
}

/** The document's big title, centred, with an optional line under it. */
export function title(doc: PDFKit.PDFDocument, text: string, subtitle?: string): void {
  const left = contentLeft(doc);
  doc.font(FONT.bold).fontSize(15).fillColor(COLOURS.accent);
  doc.text(text.toUpperCase(), left, doc.y, { width: contentWidth(doc), align: 'center', characterSpacing: 0.4 });
  if (subtitle) {
    doc.moveDown(0.2).font(FONT.regular).fontSize(9).fillColor(COLOURS.muted);
    doc.text(subtitle, left, doc.y, { width: contentWidth(doc), align: 'center' });
  }
  doc.fillColor(COLOURS.text).moveDown(0.5);
}

/** A numbered or plain section heading with a rule; never left alone at the foot of a page. */
export function section(doc: PDFKit.PDFDocument, heading: string, keepWith = 60): void {
  ensureSpace(doc, 22 + keepWith);
  doc.moveDown(0.4);
  const left = contentLeft(doc);
  doc.font(FONT.bold).fontSize(10.5).fillColor(COLOURS.accent);
  doc.text(heading, left, doc.y, { width: contentWidth(doc) });
  const y = doc.y + 1.5;
  doc
    .moveTo(left, y)
    .lineTo(left + contentWidth(doc), y)
    .lineWidth(0.5)
    .strokeColor(COLOURS.accent)
    .stroke();
  doc.y = y + 5;
  doc.fillColor(COLOURS.text);
}

export interface ParagraphOptions {
  size?: number;
  bold?: boolean;
  muted?: boolean;
  gapAfter?: number;
}

/**
 * Running text across the content width; it flows onto the next page when long. Aligned left, not justified, as
 * easy-to-read guidelines (FALC) ask: without hyphenation, justified lines open uneven gaps between words.
 */
export function paragraph(doc: PDFKit.PDFDocument, text: string, options: ParagraphOptions = {}): void {
  doc.font(options.bold ? FONT.bold : FONT.regular).fontSize(options.size ?? 9.5);
  doc.fillColor(options.muted ? COLOURS.muted : COLOURS.text);
  doc.text(text, contentLeft(doc), doc.y, { width: contentWidth(doc), lineGap: 1.5 });
  doc.fillColor(COLOURS.text);
  doc.y += options.gapAfter ?? 5;
}

export interface KeyValueOptions {
  /** Width of the label column, in points (default: the widest label, between a fifth and half of the column). */
  labelWidth?: number;
  size?: number;
  /** Printed where a value is empty or null. */
  empty?: string;
  /** Draws the block in `columns` side by side (rows fill each column in turn). */
  columns?: 1 | 2;
}

function rowHeight(
  doc: PDFKit.PDFDocument,
  label: string,
  value: string,
  labelWidth: number,
  valueWidth: number,
  size: number,
): number {
  doc.fontSize(size);
  const labelHeight = textHeight(doc.font(FONT.regular), label, { width: labelWidth });
  const valueHeight = textHeight(doc.font(FONT.bold), value, { width: valueWidth });
  return Math.max(labelHeight, valueHeight) + 3.5;
}

/** Label / value rows (labels muted, values in bold); a row never splits across pages. */
export function keyValues(
  doc: PDFKit.PDFDocument,
  rows: readonly (readonly [string, string | null | undefined])[],
  options: KeyValueOptions = {},
): void {
  const size = options.size ?? 9;
  const columns = options.columns ?? 1;
  const gap = 16;
  const columnWidth = (contentWidth(doc) - gap * (columns - 1)) / columns;
  doc.font(FONT.regular).fontSize(size);
  const widestLabel = Math.max(0, ...rows.map(([label]) => doc.widthOfString(label)));
  const labelWidth =
    options.labelWidth ?? Math.ceil(Math.min(columnWidth * 0.5, Math.max(columnWidth * 0.2, widestLabel + 4)));
  const valueWidth = columnWidth - labelWidth - 6;
  const printable = rows.map(
    ([label, value]) =>
      [label, value === null || value === undefined || value === '' ? (options.empty ?? '—') : value] as const,
  );
  const perColumn = Math.ceil(printable.length / columns);
  for (let start = 0; start < perColumn; start += 1) {
    const cells = Array.from({ length: columns }, (_, column) => printable[start + column * perColumn]);
    const height = Math.max(
      ...cells.map((cell) => (cell ? rowHeight(doc, cell[0], cell[1], labelWidth, valueWidth, size) : 0)),
    );
    ensureSpace(doc, height);
    const y = doc.y;
    cells.forEach((cell, column) => {
      if (!cell) return;
      const x = contentLeft(doc) + column * (columnWidth + gap);
      doc.font(FONT.regular).fontSize(size).fillColor(COLOURS.muted).text(cell[0], x, y, { width: labelWidth });
      doc
        .font(FONT.bold)
        .fontSize(size)
        .fillColor(COLOURS.text)
        .text(cell[1], x + labelWidth + 6, y, { width: valueWidth });
    });
    doc.y = y + height;
  }
  doc.font(FONT.regular).fillColor(COLOURS.text);
  doc.y += 4;
}
