/** The programme's clauses as the agreement prints them: clause titles kept with their text, bullets indented. */
import type { FilledBlock } from '../../../../shared/domain/agreement-template';
import { COLOURS, contentLeft, contentWidth, ensureSpace, FONT, paragraph, textHeight } from '../../pdf';

const BULLET_INDENT = 14;

function bullet(doc: PDFKit.PDFDocument, text: string): void {
  const left = contentLeft(doc);
  const width = contentWidth(doc) - BULLET_INDENT;
  doc.font(FONT.regular).fontSize(9.5);
  // At least two lines of the bullet stay with its dot; a long one may flow onto the next page.
  ensureSpace(doc, Math.min(textHeight(doc, text, { width, lineGap: 1.5 }), 26));
  const y = doc.y;
  doc.fillColor(COLOURS.text).text('•', left + 4, y, { width: BULLET_INDENT, lineBreak: false });
  doc.text(text, left + BULLET_INDENT, y, { width, align: 'left', lineGap: 1.5 });
  doc.x = left;
  doc.y += 2.5;
}

export function drawClauses(doc: PDFKit.PDFDocument, blocks: readonly FilledBlock[]): void {
  blocks.forEach((block, index) => {
    if (block.type === 'heading') {
      // A clause title never sits alone at the foot of a page.
      ensureSpace(doc, 50);
      if (index > 0) doc.y += 3;
      doc.font(FONT.bold).fontSize(9.5).fillColor(COLOURS.text);
      doc.text(block.text, contentLeft(doc), doc.y, { width: contentWidth(doc) });
      doc.y += 2;
    } else if (block.type === 'bullet') {
      bullet(doc, block.text);
    } else {
      paragraph(doc, block.text, { gapAfter: 4 });
    }
  });
  doc.font(FONT.regular).fillColor(COLOURS.text);
}
