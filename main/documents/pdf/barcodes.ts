/**
 * Code 128 and QR codes drawn as vector rectangles from bwip-js's encoder: sharp at any printer resolution,
 * exactly sized, and synchronous (no PNG to decode).
 */
import bwipjs from 'bwip-js/node';

interface LinearSymbol {
  sbs: number[];
}
interface MatrixSymbol {
  pixs: number[];
  pixx: number;
  pixy: number;
}

/** Quiet zone each side of a Code 128, in modules (the standard asks for 10). */
const QUIET_MODULES = 10;

/** Modules of a Code 128 symbol for this text, without the quiet zones. */
export function code128Modules(text: string): number {
  const [symbol] = bwipjs.raw({ bcid: 'code128', text }) as LinearSymbol[];
  return (symbol?.sbs ?? []).reduce((sum, width) => sum + width, 0);
}

/** Draws a Code 128 filling `width` (quiet zones included) and `height`. */
export function drawCode128(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number, height: number): void {
  const [symbol] = bwipjs.raw({ bcid: 'code128', text }) as LinearSymbol[];
  const widths = symbol?.sbs ?? [];
  const total = widths.reduce((sum, module) => sum + module, 0) + 2 * QUIET_MODULES;
  const module = width / total;
  let cursor = x + QUIET_MODULES * module;
  doc.save().fillColor('#000000');
  widths.forEach((modules, index) => {
    if (index % 2 === 0) doc.rect(cursor, y, modules * module, height);
    cursor += modules * module;
  });
  doc.fill().restore();
}

/** Draws a QR code (error correction M) in a `size` square, quiet zone of 2 modules included. */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const [symbol] = bwipjs.raw({ bcid: 'qrcode', text, eclevel: 'M' } as Parameters<typeof bwipjs.raw>[0]) as MatrixSymbol[];
  if (!symbol) return;
  const quiet = 2;
  const module = size / (symbol.pixx + 2 * quiet);
  doc.save().fillColor('#000000');
  for (let row = 0; row < symbol.pixy; row += 1) {
    let run = -1;
    for (let column = 0; column <= symbol.pixx; column += 1) {
      const dark = column < symbol.pixx && symbol.pixs[row * symbol.pixx + column] === 1;
      if (dark && run < 0) run = column;
      if (!dark && run >= 0) {
        // A hair of overlap keeps viewers from drawing seams between neighbouring modules.
        doc.rect(x + (quiet + run) * module, y + (quiet + row) * module, (column - run) * module + 0.01, module + 0.01);
        run = -1;
      }
    }
  }
  doc.fill().restore();
}
