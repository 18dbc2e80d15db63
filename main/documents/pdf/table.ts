/** Tables whose rows break across pages, repeating the header row on each new page. */
import { contentHeight, contentLeft, contentWidth, ensureSpace } from './blocks';
import { FONT } from './fonts';
import { textHeight } from './measure';
import { fitOnOneLine, unbreakable } from './typography';
import { COLOURS } from './units';

export interface TableColumn {
  header: string;
  /** A share of the content width (the shares are normalised), e.g. 1, 2, 0.5. */
  width: number;
  align?: 'left' | 'right' | 'center';
  /** Identifiers (serials, IMEIs, ICCIDs, e-mails): each line of the cell is printed whole, smaller if need be. */
  keepWhole?: boolean;
}

export interface TableOptions {
  size?: number;
  /** Light shading of every other row, for long lists. */
  zebra?: boolean;
  /** Height of what must follow the table on the same page as its last row (a signature row, a statement). */
  keepLastRowWith?: number;
}

const PAD_X = 4;
const PAD_Y = 3;

function widths(doc: PDFKit.PDFDocument, columns: readonly TableColumn[]): number[] {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  return columns.map((column) => (contentWidth(doc) * column.width) / total);
}

function measure(
  doc: PDFKit.PDFDocument,
  cells: readonly string[],
  columns: readonly TableColumn[],
  columnWidths: readonly number[],
  font: string,
): number {
  doc.font(font);
  const lineHeight = doc.currentLineHeight(true);
  return (
    Math.max(
      ...cells.map((cell, index) =>
        columns[index]?.keepWhole
          ? cell.split('\n').length * lineHeight
          : textHeight(doc, cell || ' ', { width: (columnWidths[index] ?? 0) - 2 * PAD_X }),
      ),
    ) +
    2 * PAD_Y
  );
}

function drawRow(
  doc: PDFKit.PDFDocument,
  cells: readonly string[],
  columns: readonly TableColumn[],
  columnWidths: readonly number[],
  height: number,
  style: { font: string; size: number; fill?: string; colour: string },
  header = false,
): void {
  const y = doc.y;
  let x = contentLeft(doc);
  const size = style.size;
  if (style.fill) doc.rect(x, y, contentWidth(doc), height).fillColor(style.fill).fill();
  cells.forEach((cell, index) => {
    const width = columnWidths[index] ?? 0;
    const column = columns[index];
    doc.font(style.font).fillColor(style.colour);
    if (column?.keepWhole && !header) {
      const whole = unbreakable(cell);
      const lineHeight = doc.currentLineHeight(true);
      const fitted = fitOnOneLine(doc, whole, width - 2 * PAD_X, size);
      doc.fontSize(fitted);
      whole.split('\n').forEach((line, n) => {
        // Past the smallest size, the identifier runs over its cell rather than break.
        const fits = doc.widthOfString(line) <= width - 2 * PAD_X;
        const options = fits
          ? { width: width - 2 * PAD_X, align: column.align ?? 'left', lineBreak: false }
          : { lineBreak: false };
        doc.text(line, x + PAD_X, y + PAD_Y + n * lineHeight, options);
      });
      doc.fontSize(size);
    } else {
      doc.text(cell, x + PAD_X, y + PAD_Y, { width: width - 2 * PAD_X, align: column?.align ?? 'left' });
    }
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
  const size = options.size ?? 8.5;
  doc.fontSize(size);
  const columnWidths = widths(doc, columns);
  const headers = columns.map((column) => column.header);
  const headerColumns = columns.map((column) => ({ ...column, keepWhole: false }));
  const headerHeight = measure(doc, headers, headerColumns, columnWidths, FONT.bold);
  const header = () =>
    drawRow(
      doc,
      headers,
      columns,
      columnWidths,
      headerHeight,
      { font: FONT.bold, size, fill: COLOURS.fill, colour: COLOURS.text },
      true,
    );
  const firstRow = rows[0] ? measure(doc, rows[0], columns, columnWidths, FONT.regular) : 0;
  ensureSpace(doc, headerHeight + firstRow);
  header();
  rows.forEach((row, index) => {
    const height = measure(doc, row, columns, columnWidths, FONT.regular);
    const after =
      index === rows.length - 1 && options.keepLastRowWith && height + options.keepLastRowWith <= contentHeight(doc)
        ? options.keepLastRowWith
        : 0;
    if (doc.y + height + after > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      header();
    }
    const fill = options.zebra && index % 2 === 1 ? '#f7f7f7' : undefined;
    drawRow(doc, row, columns, columnWidths, height, {
      font: FONT.regular,
      size,
      colour: COLOURS.text,
      ...(fill ? { fill } : {}),
    });
  });
  doc.font(FONT.regular).fillColor(COLOURS.text);
  doc.y += 6;
}
