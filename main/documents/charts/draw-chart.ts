/**
 * A chart in a PDF: the chart base's ECharts option rendered to SVG in Node (shared/charts `renderChartSvg`: SSR,
 * animation off, disposed), drawn with svg-to-pdfkit in the document's own embedded fonts.
 */
import SVGtoPDF from 'svg-to-pdfkit';
import { renderChartSvg } from '../../../shared/charts';
import { contentLeft, contentWidth, ensureSpace } from '../pdf';
import { FONT } from '../pdf/fonts';

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
