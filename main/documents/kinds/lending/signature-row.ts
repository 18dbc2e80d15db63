/**
 * One row of signature boxes, as many as there are signatories (up to four): a minor's agreement has four
 * parties, and two rows of two would often push the signatures onto a page of their own, away from the text they
 * approve. The shared `signatureBlocks` stops at three per row.
 */
import { COLOURS, contentLeft, contentWidth, ensureSpace, FONT, textHeight, type SignatureBlock } from '../../pdf';

const GAP = 10;
const PAD = 6;

/** The height of the boxes alone (the row takes 8 points more below them). */
function boxHeight(doc: PDFKit.PDFDocument, blocks: readonly SignatureBlock[], signingHeight: number): number {
  const width = (contentWidth(doc) - GAP * (blocks.length - 1)) / blocks.length;
  const inner = width - 2 * PAD;
  doc.fontSize(8.5);
  const textsHeight = Math.max(
    ...blocks.map(
      (block) =>
        textHeight(doc.font(FONT.bold), block.heading, { width: inner }) +
        textHeight(doc.font(FONT.regular), (block.lines ?? []).join('\n') || ' ', { width: inner }),
    ),
  );
  return textsHeight + signingHeight + 2 * PAD + 14;
}

export function signatureRowHeight(
  doc: PDFKit.PDFDocument,
  blocks: readonly SignatureBlock[],
  signingHeight: number,
): number {
  return boxHeight(doc, blocks, signingHeight) + 8;
}

export function signatureRow(doc: PDFKit.PDFDocument, blocks: readonly SignatureBlock[], signingHeight: number): void {
  const width = (contentWidth(doc) - GAP * (blocks.length - 1)) / blocks.length;
  const inner = width - 2 * PAD;
  const height = boxHeight(doc, blocks, signingHeight);
  ensureSpace(doc, height + 6);
  const y = doc.y;
  blocks.forEach((block, index) => {
    const x = contentLeft(doc) + index * (width + GAP);
    doc.roundedRect(x, y, width, height, 3).lineWidth(0.6).strokeColor(COLOURS.rule).stroke();
    doc
      .font(FONT.bold)
      .fontSize(8.5)
      .fillColor(COLOURS.accent)
      .text(block.heading, x + PAD, y + PAD, { width: inner });
    doc
      .font(FONT.regular)
      .fillColor(COLOURS.text)
      .text((block.lines ?? []).join('\n'), x + PAD, doc.y + 1, { width: inner });
    const areaTop = y + height - signingHeight - PAD - 8;
    if (block.caption)
      doc
        .fontSize(7)
        .fillColor(COLOURS.muted)
        .text(block.caption, x + PAD, areaTop, { width: inner });
    if (block.image) {
      doc.image(block.image, x + PAD, areaTop + 10, {
        fit: [inner, signingHeight - 2],
        align: 'center',
        valign: 'center',
      });
    }
  });
  doc.x = contentLeft(doc);
  doc.y = y + height + 8;
  doc.font(FONT.regular).fillColor(COLOURS.text);
}
