/**
 * Code 128 and QR codes drawn as filled rectangles: vector, exactly sized, synchronous (no image to decode) and,
 * given a module width that is a whole number of printer dots, sharp on a one-bit thermal head.
 *
 * The encoders are plain JavaScript: JsBarcode's Code 128 (automatic choice of code sets A, B and C, with the
 * check symbol) written into an object instead of a canvas, and node-qrcode's `create`, which gives the module
 * matrix. Both take well under a millisecond a symbol.
 */
import JsBarcode from 'jsbarcode';
import QRCode from 'qrcode';

/** Quiet zone each side of a Code 128, in modules (ISO/IEC 15417 asks for 10). */
export const CODE128_QUIET_MODULES = 10;
/** Quiet zone around a QR code, in modules (ISO/IEC 18004 asks for 4). */
export const QR_QUIET_MODULES = 4;

/** A Code 128 symbol: one character a module, '1' for a bar, '0' for a space, start to stop (no quiet zones). */
export type Code128Modules = string;

export function encodeCode128(text: string): Code128Modules {
  const target: { encodings?: { data: string }[] } = {};
  let valid = true;
  JsBarcode(target, text, { format: 'CODE128', valid: (ok: boolean) => (valid = ok) });
  const modules = (target.encodings ?? []).map((encoding) => encoding.data).join('');
  if (!valid || modules === '') throw new Error(`Rebond: Code 128 cannot encode « ${text} »`);
  return modules;
}

/** A QR code's modules, row by row: `dark[row * size + column]` is 1 for a dark module. */
export interface QrModules {
  size: number;
  dark: ArrayLike<number>;
}

export function encodeQr(text: string, level: 'L' | 'M' | 'Q' | 'H' = 'M'): QrModules {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: level });
  return { size: modules.size, dark: modules.data };
}

/**
 * Draws the bars of a Code 128 whose first bar's left edge is `x`, each module `module` points wide. `inset` takes
 * that much off each side of every bar (see `drawQrModules`).
 */
export function drawCode128Bars(
  doc: PDFKit.PDFDocument,
  modules: Code128Modules,
  x: number,
  y: number,
  module: number,
  height: number,
  inset = 0,
): void {
  doc.save().fillColor('#000000');
  let run = -1;
  for (let index = 0; index <= modules.length; index += 1) {
    const bar = modules[index] === '1';
    if (bar && run < 0) run = index;
    if (!bar && run >= 0) {
      doc.rect(x + run * module + inset, y, (index - run) * module - 2 * inset, height);
      run = -1;
    }
  }
  doc.fill().restore();
}

/**
 * Draws a QR code's modules from the top left corner of its first module (quiet zone not included), a horizontal
 * run of dark modules to a rectangle. `inset` takes that much off every edge of the dark area that borders a light
 * module or the quiet zone, and nothing where two dark modules meet (no gap for a viewer to show): given a
 * quarter of a printer dot on a grid of whole dots, each edge falls between two dot centres, so that a rasteriser
 * that fills the pixels an edge touches (poppler, Ghostscript) and one that fills the pixels whose centre is inside
 * both print each module exactly on its own dots.
 */
export function drawQrModules(doc: PDFKit.PDFDocument, symbol: QrModules, x: number, y: number, module: number, inset = 0): void {
  const { size, dark } = symbol;
  const isDark = (row: number, column: number) =>
    row >= 0 && row < size && column >= 0 && column < size && dark[row * size + column] === 1;
  doc.save().fillColor('#000000');
  for (let row = 0; row < size; row += 1) {
    let run = -1;
    let runEdges = 0;
    for (let column = 0; column <= size; column += 1) {
      // Which of its top and bottom edges are exposed: a run goes on while they stay the same.
      const edges = isDark(row, column) ? (isDark(row - 1, column) ? 0 : 1) | (isDark(row + 1, column) ? 0 : 2) : -1;
      if (run >= 0 && edges !== runEdges) {
        const left = isDark(row, run - 1) ? 0 : inset;
        const right = isDark(row, column) ? 0 : inset;
        const top = runEdges & 1 ? inset : 0;
        const bottom = runEdges & 2 ? inset : 0;
        doc.rect(x + run * module + left, y + row * module + top, (column - run) * module - left - right, module - top - bottom);
        run = -1;
      }
      if (edges >= 0 && run < 0) {
        run = column;
        runEdges = edges;
      }
    }
  }
  doc.fill().restore();
}

/** Modules of a Code 128 symbol for this text, without the quiet zones. */
export function code128Modules(text: string): number {
  return encodeCode128(text).length;
}

/** Draws a Code 128 filling `width` (quiet zones included) and `height`, where no printer grid is known. */
export function drawCode128(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number, height: number): void {
  const modules = encodeCode128(text);
  const module = width / (modules.length + 2 * CODE128_QUIET_MODULES);
  drawCode128Bars(doc, modules, x + CODE128_QUIET_MODULES * module, y, module, height);
}

/** Draws a QR code (error correction M) in a `size` square, its quiet zone of 4 modules included. */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const symbol = encodeQr(text);
  const module = size / (symbol.size + 2 * QR_QUIET_MODULES);
  drawQrModules(doc, symbol, x + QR_QUIET_MODULES * module, y + QR_QUIET_MODULES * module, module);
}
