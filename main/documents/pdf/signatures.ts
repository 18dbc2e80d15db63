/** Signature boxes side by side: who signs, in what capacity, the date, and room to sign by hand. */
import { contentLeft, contentWidth, ensureSpace } from './blocks';
import { FONT } from './fonts';
import { textHeight } from './measure';
import { COLOURS } from './units';

export interface SignatureBlock {
  /** What this person signs as, e.g. "Le bénéficiaire", "Validation (second opérateur)". */
  heading: string;
  /** Lines printed under the heading: name, title, "Date : 30/11/2026"… */
  lines?: readonly string[];
  /** A caption in the signing area, e.g. "Signature" or "Lu et approuvé". */
  caption?: string;
  /** A signature image (PNG without transparency or JPEG) drawn in the signing area, for a copy signed on screen. */
  image?: Buffer | null;
}

export interface SignatureOptions {
  /** Height of the area left blank for the hand signature (points). */
  signingHeight?: number;
}

const GAP = 14;
const PAD = 6;

/** Draws up to three blocks per row; the row moves to the next page whole rather than split. */
export function signatureBlocks(
  doc: PDFKit.PDFDocument,
  blocks: readonly SignatureBlock[],
  options: SignatureOptions = {},
): void {
  const signing = options.signingHeight ?? 54;
  for (let start = 0; start < blocks.length; start += 3) {
    const row = blocks.slice(start, start + 3);
    const width = (contentWidth(doc) - GAP * (row.length - 1)) / row.length;
    doc.fontSize(8.5);
    const textHeights = row.map((block) => {
      const heading = textHeight(doc.font(FONT.bold), block.heading, { width: width - 2 * PAD });
      const lines = textHeight(doc.font(FONT.regular), (block.lines ?? []).join('\n') || ' ', {
        width: width - 2 * PAD,
      });
      return heading + lines + 4;
    });
    const height = Math.max(...textHeights) + signing + 2 * PAD + 10;
    ensureSpace(doc, height + 6);
    const y = doc.y;
    row.forEach((block, index) => {
      const x = contentLeft(doc) + index * (width + GAP);
      doc.roundedRect(x, y, width, height, 3).lineWidth(0.6).strokeColor(COLOURS.rule).stroke();
      doc
        .font(FONT.bold)
        .fontSize(8.5)
        .fillColor(COLOURS.accent)
        .text(block.heading, x + PAD, y + PAD, { width: width - 2 * PAD });
      doc
        .font(FONT.regular)
        .fillColor(COLOURS.text)
        .text((block.lines ?? []).join('\n'), x + PAD, doc.y + 2, { width: width - 2 * PAD });
      const areaTop = y + height - signing - PAD;
      if (block.caption) {
        doc
          .fontSize(7)
          .fillColor(COLOURS.muted)
          .text(block.caption, x + PAD, areaTop, { width: width - 2 * PAD });
      }
      if (block.image) {
        doc.image(block.image, x + PAD, areaTop + 8, {
          fit: [width - 2 * PAD, signing - 10],
          align: 'center',
          valign: 'center',
        });
      }
    });
    doc.x = contentLeft(doc);
    doc.y = y + height + 8;
  }
  doc.font(FONT.regular).fillColor(COLOURS.text);
}
