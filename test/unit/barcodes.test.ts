import { describe, expect, it } from 'vitest';
import { drawCode128Bars, drawQrModules, encodeCode128, encodeQr } from '../../main/documents/pdf/barcodes';
import { endPdf, openPdf } from '../../main/documents/pdf/base';
import { rectangles } from '../helpers/labels';
import { inflatedStreams } from '../helpers/pdf';

/** The rectangles a drawing writes on a page of its own, one unit a module. */
function drawn(draw: (doc: PDFKit.PDFDocument) => void) {
  const doc = openPdf({
    lang: 'fr',
    title: 'test',
    issuedAt: new Date(Date.UTC(2026, 0, 1)),
    size: [200, 200],
    margins: { top: 0, right: 0, bottom: 0, left: 0 },
  });
  doc.addPage();
  draw(doc);
  return rectangles(inflatedStreams(endPdf(doc)));
}

describe('barcode modules drawn as rectangles', () => {
  it('covers exactly the dark modules of a QR code, once each, whatever the text', () => {
    for (const text of [
      'RB-000001',
      'ABCDEFGHIJKL-0000000001',
      `REBOND|CERT-2026-000123|RB-000042|${'c0ffee'.repeat(10)}abcd`,
    ]) {
      const symbol = encodeQr(text);
      const covered = new Uint8Array(symbol.size * symbol.size);
      for (const rect of drawn((doc) => drawQrModules(doc, symbol, 0, 0, 1))) {
        for (let row = rect.y; row < rect.y + rect.height; row += 1) {
          for (let column = rect.x; column < rect.x + rect.width; column += 1)
            covered[row * symbol.size + column] = (covered[row * symbol.size + column] ?? 0) + 1;
        }
      }
      expect([...covered], text).toEqual(Array.from(symbol.dark));
    }
  });

  it('insets only the edges of the dark area that meet white', () => {
    const symbol = encodeQr('RB-000001');
    for (const rect of drawn((doc) => drawQrModules(doc, symbol, 0, 0, 1, 0.25))) {
      const dark = (row: number, column: number) =>
        row >= 0 &&
        column >= 0 &&
        row < symbol.size &&
        column < symbol.size &&
        symbol.dark[row * symbol.size + column] === 1;
      const left = Math.round(rect.x);
      const top = Math.round(rect.y);
      expect(rect.x - left, 'left edge').toBeCloseTo(dark(top, left - 1) ? 0 : 0.25, 6);
      expect(rect.y - top, 'top edge').toBeCloseTo(dark(top - 1, left) ? 0 : 0.25, 6);
    }
  });

  it('encodes Code 128 with its start, check and stop symbols, and draws each bar as one rectangle', () => {
    const modules = encodeCode128('RB-000123');
    // Start B (11010010000), then stop (1100011101011) with its final bar.
    expect(modules.startsWith('11010010000')).toBe(true);
    expect(modules.endsWith('1100011101011')).toBe(true);
    expect(modules.length % 11).toBe(2);
    const bars = drawn((doc) => drawCode128Bars(doc, modules, 10, 0, 1, 5));
    expect(bars.map((bar) => bar.width).reduce((sum, width) => sum + width, 0)).toBe(
      [...modules].filter((bit) => bit === '1').length,
    );
    expect(bars).toHaveLength(modules.match(/1+/g)?.length ?? 0);
    expect(() => encodeCode128('Étiquette')).toThrow(/Code 128/);
  });
});
