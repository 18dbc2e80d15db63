import { CODE128_QUIET_MODULES, drawCode128Bars, drawQrModules, encodeCode128, encodeQr, QR_QUIET_MODULES } from '../pdf/barcodes';
import type { DotGrid } from '../pdf/dot-grid';
import { FONT } from '../pdf/fonts';
import type { LabelStyle } from './stock';

export interface LabelContent {
  assetTag: string;
  /** What the device is, most telling first: "Lenovo ThinkPad T480". */
  model: string;
  /** "Grade A · Portable", or just the kind. */
  detail: string;
  owner: string | null;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const LINE = 1.18;
const GAP = 1.5;

/** The largest whole number of dots a module may take so that `fits(module)` holds; one dot at least. */
function largestModule(grid: DotGrid, fits: (module: number) => boolean): number {
  let dots = 1;
  while (dots < 64 && fits((dots + 1) * grid.dot)) dots += 1;
  return dots * grid.dot;
}

/**
 * Where the QR code goes: the largest whole-dot module that keeps the symbol within the style's size and the
 * label's padding, and its 4-module quiet zone within the label; on the left, centred vertically, on the grid.
 */
function placeQr(box: Box, style: LabelStyle, grid: DotGrid, modules: number) {
  const limit = Math.min(style.qrSize, box.height - 2 * style.padding);
  const module = largestModule(grid, (m) => modules * m <= limit && (modules + 2 * QR_QUIET_MODULES) * m <= box.height);
  const side = modules * module;
  const x = grid.ceil(box.x + Math.max(style.padding, QR_QUIET_MODULES * module));
  const y = grid.ceil(box.y + (box.height - side) / 2);
  return { module, side, x, y, right: x + side, quiet: QR_QUIET_MODULES * module };
}

/**
 * Where the Code 128 goes, right of the QR code: the largest whole-dot module whose bars, with a 10-module
 * quiet zone each side, fit between the QR code's symbol and the label's right edge (the quiet zones may share
 * the QR code's own white space and the label's padding, as they are all blank).
 */
function placeCode128(box: Box, style: LabelStyle, grid: DotGrid, qr: { right: number; quiet: number }, modules: number) {
  const right = box.x + box.width;
  const left = (module: number) => grid.ceil(qr.right + Math.max(qr.quiet, CODE128_QUIET_MODULES * module));
  const module = largestModule(
    grid,
    (m) => left(m) + modules * m + Math.max(CODE128_QUIET_MODULES * m, style.padding) <= right,
  );
  return { module, x: left(module), width: modules * module };
}

/**
 * Widths of the texts labels print, by font, size and text: a batch's labels repeat the owner, the models and the
 * kinds, and pdfkit would shape each again to measure it (it shapes it once more to draw it). Started afresh past
 * some thousands of texts.
 */
const widths = new Map<string, number>();
const MAX_WIDTHS = 20_000;

function widthOf(doc: PDFKit.PDFDocument, font: string, size: number, text: string): number {
  const key = `${font}\u0000${size}\u0000${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (widths.size >= MAX_WIDTHS) widths.clear();
    width = doc.widthOfString(text);
    widths.set(key, width);
  }
  return width;
}

/** One line of text in black, cut with an ellipsis where it would run past `width`. */
function line(doc: PDFKit.PDFDocument, text: string, font: string, size: number, x: number, y: number, width: number): void {
  doc.font(font).fontSize(size);
  let shown = text;
  if (widthOf(doc, font, size, shown) > width) {
    while (shown.length > 1 && widthOf(doc, font, size, `${shown}…`) > width) shown = shown.slice(0, -1).trimEnd();
    shown = `${shown}…`;
  }
  doc.text(shown, x, y, { lineBreak: false });
}

/**
 * One asset label: a QR code of the asset tag on the left; on the right, centred vertically, the owner, the tag in
 * bold, its Code 128, the model and the detail. Both codes have whole-dot modules on the printer's grid.
 */
export function drawLabel(doc: PDFKit.PDFDocument, label: LabelContent, box: Box, style: LabelStyle, grid: DotGrid): void {
  const qrSymbol = encodeQr(label.assetTag);
  const qr = placeQr(box, style, grid, qrSymbol.size);
  drawQrModules(doc, qrSymbol, qr.x, qr.y, qr.module, grid.dot / 4);

  const bars = encodeCode128(label.assetTag);
  const code = placeCode128(box, style, grid, qr, bars.length);
  const left = qr.right + qr.quiet;
  const width = box.x + box.width - style.padding - left;
  const small = style.textSize;
  const owner = style.owner && label.owner ? small * LINE : 0;
  const stack = owner + style.tagSize * LINE + GAP + style.barcodeHeight + GAP + 2 * small * LINE;
  let y = box.y + Math.max(style.padding, (box.height - stack) / 2);
  doc.fillColor('#000000');
  if (owner > 0 && label.owner) {
    line(doc, label.owner, FONT.regular, small, left, y, width);
    y += owner;
  }
  line(doc, label.assetTag, FONT.bold, style.tagSize, left, y, width);
  y += style.tagSize * LINE + GAP;
  drawCode128Bars(doc, bars, code.x, y, code.module, style.barcodeHeight, grid.dot / 4);
  y += style.barcodeHeight + GAP;
  line(doc, label.model, FONT.regular, small, left, y, width);
  y += small * LINE;
  line(doc, label.detail, FONT.bold, small, left, y, width);
}
