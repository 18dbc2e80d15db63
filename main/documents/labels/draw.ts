import { drawCode128, drawQr } from '../pdf/barcodes';
import { FONT } from '../pdf/fonts';
import { COLOURS, mm } from '../pdf/units';
import type { LabelStyle } from './stock';

export interface LabelContent {
  assetTag: string;
  /** What the device is, most telling first: "Lenovo ThinkPad T480". */
  model: string;
  /** "Grade A · Portable" */
  detail: string;
  owner: string | null;
}

const LINE = 1.18;

/**
 * One asset label: a QR code of the asset tag on the left; on the right, centred vertically, the owner, the tag in
 * bold, its Code 128, the model and the grade.
 */
export function drawLabel(
  doc: PDFKit.PDFDocument,
  label: LabelContent,
  box: { x: number; y: number; width: number; height: number },
  style: LabelStyle,
): void {
  const pad = style.padding;
  const qr = Math.min(box.height - 2 * pad, mm(26));
  drawQr(doc, label.assetTag, box.x + pad, box.y + (box.height - qr) / 2, qr);
  const left = box.x + pad + qr + mm(1.2);
  const width = box.x + box.width - pad - left;
  const owner = style.owner && label.owner ? (style.textSize - 0.5) * LINE : 0;
  const stack = owner + style.tagSize * LINE + 1 + style.barcodeHeight + 2 + style.textSize * LINE + (style.textSize + 0.5) * LINE;
  let y = box.y + Math.max(pad, (box.height - stack) / 2);
  const line = (text: string, font: string, size: number, colour: string) => {
    doc.font(font).fontSize(size).fillColor(colour);
    const height = size * LINE;
    doc.text(text, left, y, { width, height, ellipsis: true, lineGap: 0 });
    y += height;
  };
  if (owner > 0 && label.owner) line(label.owner, FONT.regular, style.textSize - 0.5, COLOURS.muted);
  line(label.assetTag, FONT.bold, style.tagSize, '#000000');
  y += 1;
  drawCode128(doc, label.assetTag, left - mm(0.6), y, width + mm(0.6), style.barcodeHeight);
  y += style.barcodeHeight + 2;
  line(label.model, FONT.regular, style.textSize, COLOURS.text);
  line(label.detail, FONT.bold, style.textSize + 0.5, COLOURS.text);
}
