import {
  CODE128_QUIET_MODULES,
  drawCode128Bars,
  drawQrModules,
  encodeCode128,
  encodeQr,
  QR_QUIET_MODULES,
} from '../pdf/barcodes';
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
 * Where the QR code goes: the largest whole-dot module (at most `maxModule`) that keeps the symbol within the
 * style's size and the label's padding, and its 4-module quiet zone within the label; on the left, centred
 * vertically, on the grid.
 */
function placeQr(box: Box, style: LabelStyle, grid: DotGrid, modules: number, maxModule = Infinity) {
  const limit = Math.min(style.qrSize, box.height - 2 * style.padding);
  const module = largestModule(
    grid,
    (m) => m <= maxModule + 1e-9 && modules * m <= limit && (modules + 2 * QR_QUIET_MODULES) * m <= box.height,
  );
  const side = modules * module;
  const x = grid.ceil(box.x + Math.max(style.padding, QR_QUIET_MODULES * module));
  const y = grid.ceil(box.y + (box.height - side) / 2);
  return { module, side, x, y, right: x + side, quiet: QR_QUIET_MODULES * module };
}

/**
 * Where the Code 128 goes, right of the QR code: the largest whole-dot module whose bars, with a 10-module
 * quiet zone each side, fit between the QR code's symbol and the label's right edge (the quiet zones may share
 * the QR code's own white space and the label's padding, as they are all blank). Null when one dot is too wide.
 */
function placeCode128(
  box: Box,
  style: LabelStyle,
  grid: DotGrid,
  qr: { right: number; quiet: number },
  modules: number,
) {
  const right = box.x + box.width;
  const left = (module: number) => grid.ceil(qr.right + Math.max(qr.quiet, CODE128_QUIET_MODULES * module));
  const fits = (m: number) => left(m) + modules * m + Math.max(CODE128_QUIET_MODULES * m, style.padding) <= right;
  if (!fits(grid.dot)) return null;
  const module = largestModule(grid, fits);
  return { module, x: left(module), width: modules * module };
}

/**
 * Both codes: the QR code as large as the style allows, made smaller (a dot a module at a time) while the Code 128
 * and its quiet zones would not fit beside it at one dot a module, as with a long asset tag on a Dymo label.
 */
function placeCodes(box: Box, style: LabelStyle, grid: DotGrid, qrModules: number, barModules: number) {
  let qr = placeQr(box, style, grid, qrModules);
  let code = placeCode128(box, style, grid, qr, barModules);
  while (!code && qr.module > grid.dot) {
    qr = placeQr(box, style, grid, qrModules, qr.module - grid.dot);
    code = placeCode128(box, style, grid, qr, barModules);
  }
  return { qr, code: code ?? { module: grid.dot, x: grid.ceil(qr.right + qr.quiet), width: barModules * grid.dot } };
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

/** A long asset tag is set smaller to fit, down to the 7 pt a label's text keeps at least, then in regular weight. */
const SMALLEST_TEXT = 7;

function fittedTag(doc: PDFKit.PDFDocument, text: string, size: number, width: number): { font: string; size: number } {
  doc.font(FONT.bold).fontSize(size);
  const natural = widthOf(doc, FONT.bold, size, text);
  if (natural <= width) return { font: FONT.bold, size };
  const smaller = Math.floor(((size * width) / natural) * 4) / 4;
  return smaller >= SMALLEST_TEXT ? { font: FONT.bold, size: smaller } : { font: FONT.regular, size: SMALLEST_TEXT };
}

/** One line of text in black, cut with an ellipsis where it would run past `width`. */
function line(
  doc: PDFKit.PDFDocument,
  text: string,
  font: string,
  size: number,
  x: number,
  y: number,
  width: number,
): void {
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
export function drawLabel(
  doc: PDFKit.PDFDocument,
  label: LabelContent,
  box: Box,
  style: LabelStyle,
  grid: DotGrid,
): void {
  const qrSymbol = encodeQr(label.assetTag);
  const bars = encodeCode128(label.assetTag);
  const { qr, code } = placeCodes(box, style, grid, qrSymbol.size, bars.length);
  drawQrModules(doc, qrSymbol, qr.x, qr.y, qr.module, grid.dot / 4);
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
  const tag = fittedTag(doc, label.assetTag, style.tagSize, width);
  line(doc, label.assetTag, tag.font, tag.size, left, y, width);
  y += style.tagSize * LINE + GAP;
  drawCode128Bars(doc, bars, code.x, y, code.module, style.barcodeHeight, grid.dot / 4);
  y += style.barcodeHeight + GAP;
  line(doc, label.model, FONT.regular, small, left, y, width);
  y += small * LINE;
  line(doc, label.detail, FONT.bold, small, left, y, width);
}
