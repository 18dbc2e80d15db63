/** Tables whose rows break across pages, repeating the header row on each new page. */
import { contentLeft, contentWidth, ensureSpace } from './blocks';
import { FONT } from './fonts';
import { textHeight } from './measure';
import { COLOURS } from './units';

export interface TableColumn {
  header: string;
  /** A share of the content width (the shares are normalised), e.g. 1, 2, 0.5. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableOptions {
  size?: number;
  /** Light shading of every other row, for long lists. */
  zebra?: boolean;
}

const PAD_X = 4;
const PAD_Y = 3;

function widths(doc: PDFKit.PDFDocument, columns: readonly TableColumn[]): number[] {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  return columns.map((column) => (contentWidth(doc) * column.width) / total);
}

function measure(doc: PDFKit.PDFDocument, cells: readonly string[], columnWidths: readonly number[], font: string): number {
  doc.font(font);
  return Math.max(...cells.map((cell, index) => textHeight(doc, cell || ' ', { width: (columnWidths[index] ?? 0) - 2 * PAD_X }))) + 2 * PAD_Y;
}

function drawRow(
  doc: PDFKit.PDFDocument,
  cells: readonly string[],
  columns: readonly TableColumn[],
  columnWidths: readonly number[],
  height: number,
  style: { font: string; fill?: string; colour: string },
): void {
  const y = doc.y;
  let x = contentLeft(doc);
  if (style.fill) doc.rect(x, y, contentWidth(doc), height).fillColor(style.fill).fill();
  cells.forEach((cell, index) => {
    const width = columnWidths[index] ?? 0;
    doc.font(style.font).fillColor(style.colour);
    doc.text(cell, x + PAD_X, y + PAD_Y, { width: width - 2 * PAD_X, align: columns[index]?.align ?? 'left' });
    x += width;
  });
  doc.moveTo(contentLeft(doc), y + height).lineTo(contentLeft(doc) + contentWidth(doc), y + height);
  doc.lineWidth(0.4).strokeColor(COLOURS.rule).stroke();
  doc.y = y + height;
}

export function table(
  doc: PDFKit.PDFDocument,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): void {
  doc.fontSize(options.size ?? 8.5);
  const columnWidths = widths(doc, columns);
  const headers = columns.map((column) => column.header);
  const headerHeight = measure(doc, headers, columnWidths, FONT.bold);
  const header = () => drawRow(doc, headers, columns, columnWidths, headerHeight, { font: FONT.bold, fill: COLOURS.fill, colour: COLOURS.text });
  const firstRow = rows[0] ? measure(doc, rows[0], columnWidths, FONT.regular) : 0;
  ensureSpace(doc, headerHeight + firstRow);
  header();
  rows.forEach((row, index) => {
    const height = measure(doc, row, columnWidths, FONT.regular);
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      header();
    }
    const fill = options.zebra && index % 2 === 1 ? '#f7f7f7' : undefined;
    drawRow(doc, row, columns, columnWidths, height, { font: FONT.regular, colour: COLOURS.text, ...(fill ? { fill } : {}) });
  });
  doc.font(FONT.regular).fillColor(COLOURS.text);
  doc.y += 6;
}
