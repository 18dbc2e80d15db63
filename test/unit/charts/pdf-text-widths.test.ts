import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import '../../../main/documents/charts/draw-chart';
import { FONT, registerFonts } from '../../../main/documents/pdf/fonts';
import { renderChartSvg } from '../../../shared/charts';

const NAMES = ['Ordinateur portable', 'Ordinateur fixe', 'Tablette'];

/** Each legend name's left edge (its item's translate plus the text's own x), in drawing order. */
function legendTextStarts(svg: string): number[] {
  return NAMES.map((name) => {
    const text = new RegExp(`<text[^>]* x="([\\d.]+)"[^>]*translate\\(([\\d.]+) [\\d.]+\\)[^>]*>${name}</text>`).exec(
      svg,
    );
    if (!text) throw new Error(`no legend text for ${name}`);
    return Number(text[1]) + Number(text[2]);
  });
}

describe('charts drawn for a PDF', () => {
  it('lay the legend out by the widths of the document’s own font, so no name runs into the next key', () => {
    const svg = renderChartSvg(
      {
        textStyle: { fontFamily: FONT.regular },
        legend: { data: NAMES, textStyle: { fontSize: 12 } },
        xAxis: { type: 'category', data: ['janv.'] },
        yAxis: {},
        series: NAMES.map((name) => ({ name, type: 'bar', data: [1] })),
      },
      600,
      200,
    );
    const doc = new PDFDocument();
    registerFonts(doc);
    const width = (text: string) => doc.font(FONT.regular).fontSize(12).widthOfString(text);
    const starts = legendTextStarts(svg);
    for (let index = 0; index + 1 < NAMES.length; index += 1) {
      const end = (starts[index] ?? 0) + width(NAMES[index] ?? '');
      // The next item begins with its key (25 px wide by default) before its name.
      expect((starts[index + 1] ?? 0) - 25).toBeGreaterThanOrEqual(end);
    }
  });
});
