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

/** Printable ASCII: JsBarcode reads some Latin-1 letters (from U+00C8, « È ») as its function codes. */
const CODE128_TEXT = /^[\x20-\x7e]+$/;

export function encodeCode128(text: string): Code128Modules {
  if (!CODE128_TEXT.test(text)) throw new Error(`Rebond: Code 128 cannot encode « ${text} »`);
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

/** One rectangle of dark modules, in modules, and which of its edges border white (those are inset). */
interface ModuleRect {
  left: number;
  right: number;
  top: number;
  bottom: number;
  insetLeft: boolean;
  insetRight: boolean;
  insetTop: boolean;
  insetBottom: boolean;
}

/**
 * The dark area of a QR code as rectangles: each row's dark modules cut into runs whose top and bottom edges are
 * all exposed to white or all covered by dark modules, and a run that the row below repeats exactly (same columns,
 * covering it) grown down instead of starting another. Fewer operators for the same drawing.
 */
function moduleRects(symbol: QrModules): ModuleRect[] {
  const { size, dark } = symbol;
  const isDark = (row: number, column: number) =>
    row >= 0 && row < size && column >= 0 && column < size && dark[row * size + column] === 1;
  const done: ModuleRect[] = [];
  /** Rectangles that may still grow down, by "left:right", each covering the row below it. */
  let open = new Map<string, ModuleRect>();
  for (let row = 0; row < size; row += 1) {
    const next = new Map<string, ModuleRect>();
    let run = -1;
    let runEdges = 0;
    for (let column = 0; column <= size; column += 1) {
      const edges = isDark(row, column) ? (isDark(row - 1, column) ? 0 : 1) | (isDark(row + 1, column) ? 0 : 2) : -1;
      if (run >= 0 && edges !== runEdges) {
        const key = `${run}:${column}`;
        const insetLeft = !isDark(row, run - 1);
        const insetRight = !isDark(row, column);
        const above = open.get(key);
        let rect: ModuleRect;
        if (above && (runEdges & 1) === 0 && above.insetLeft === insetLeft && above.insetRight === insetRight) {
          open.delete(key);
          rect = above;
          rect.bottom = row + 1;
          rect.insetBottom = (runEdges & 2) !== 0;
        } else {
          rect = {
            left: run,
            right: column,
            top: row,
            bottom: row + 1,
            insetLeft,
            insetRight,
            insetTop: (runEdges & 1) !== 0,
            insetBottom: (runEdges & 2) !== 0,
          };
        }
        if (rect.insetBottom) done.push(rect);
        else next.set(key, rect);
        run = -1;
      }
      if (edges >= 0 && run < 0) {
        run = column;
        runEdges = edges;
      }
    }
    // A rectangle the row below did not continue is finished.
    for (const rect of open.values()) done.push(rect);
    open = next;
  }
  for (const rect of open.values()) done.push(rect);
  return done;
}

/**
 * Draws a QR code's modules from the top left corner of its first module (quiet zone not included). `inset` takes
 * that much off every edge of the dark area that borders a light module or the quiet zone, and nothing where two
 * dark modules meet (no gap for a viewer to show): given a quarter of a printer dot on a grid of whole dots, each
 * edge falls between two dot centres, so that a rasteriser that fills the pixels an edge touches (poppler,
 * Ghostscript) and one that fills the pixels whose centre is inside both print each module on its own dots.
 */
export function drawQrModules(
  doc: PDFKit.PDFDocument,
  symbol: QrModules,
  x: number,
  y: number,
  module: number,
  inset = 0,
): void {
  doc.save().fillColor('#000000');
  for (const rect of moduleRects(symbol)) {
    const left = x + rect.left * module + (rect.insetLeft ? inset : 0);
    const right = x + rect.right * module - (rect.insetRight ? inset : 0);
    const top = y + rect.top * module + (rect.insetTop ? inset : 0);
    const bottom = y + rect.bottom * module - (rect.insetBottom ? inset : 0);
    doc.rect(left, top, right - left, bottom - top);
  }
  doc.fill().restore();
}

/** Modules of a Code 128 symbol for this text, without the quiet zones. */
export function code128Modules(text: string): number {
  return encodeCode128(text).length;
}

/** Draws a Code 128 filling `width` (quiet zones included) and `height`, where no printer grid is known. */
export function drawCode128(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
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
