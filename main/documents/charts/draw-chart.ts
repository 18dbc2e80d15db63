/**
 * A chart in a PDF: the chart base's ECharts option rendered to SVG in Node (shared/charts `renderChartSvg`: SSR,
 * animation off, disposed), drawn with svg-to-pdfkit in the document's own embedded fonts. ECharts lays out legends
 * and labels by the width of their text; without a canvas it guesses it, and DejaVu Sans is wider than its guess, so
 * a legend's names ran into the next key. It measures with the document's fonts here.
 */
import type { Font } from 'fontkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { echarts, renderChartSvg } from '../../../shared/charts';
import { contentLeft, contentWidth, ensureSpace } from '../pdf';
import { FONT, type FontName, parseFonts } from '../pdf/fonts';

let measuringFonts: Record<FontName, Font> | null = null;

/** The width of `text` in a CSS font such as `bold 12px Rebond-Bold`, as the PDF will print it. */
function measureText(text: string, font = ''): { width: number } {
  measuringFonts ??= parseFonts() as unknown as Record<FontName, Font>;
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
  const face = measuringFonts[/\bbold\b|\b[6-9]00\b/.test(font) ? FONT.bold : FONT.regular];
  return { width: (face.layout(text).advanceWidth / face.unitsPerEm) * size };
}

echarts.setPlatformAPI({ measureText });

export function drawChart(doc: PDFKit.PDFDocument, option: object, height = 220): void {
  const width = contentWidth(doc);
  ensureSpace(doc, height + 8);
  const withFont = {
    ...option,
    textStyle: { ...(option as { textStyle?: object }).textStyle, fontFamily: FONT.regular },
  };
  const svg = renderChartSvg(withFont, Math.round(width), height);
  const top = doc.y;
  SVGtoPDF(doc, svg, contentLeft(doc), top, {
    width,
    height,
    assumePt: true,
    fontCallback: (_family, bold) => (bold ? FONT.bold : FONT.regular),
  });
  doc.x = contentLeft(doc);
  doc.y = top + height + 8;
}
