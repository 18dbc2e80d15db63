/** The programme's clauses as the agreement prints them: clause titles kept with their text, bullets indented. */
import type { FilledBlock } from '../../../../shared/domain/agreement-template';
import { COLOURS, contentLeft, contentWidth, ensureSpace, FONT, keepWithNext, paragraph, textHeight } from '../../pdf';

const BULLET_INDENT = 14;
/** Some eight lines of running text: a last clause this short goes over whole with the signatures. */
const SHORT_CLAUSE_CHARACTERS = 700;
const LINE_GAP = 1.5;

function bullet(doc: PDFKit.PDFDocument, text: string): void {
  const left = contentLeft(doc);
  const width = contentWidth(doc) - BULLET_INDENT;
  doc.font(FONT.regular).fontSize(9.5);
  // At least two lines of the bullet stay with its dot; a long one may flow onto the next page. Whether it takes
  // more than one line follows from its width: laying a long bullet out to measure it would cost as much as drawing.
  const line = doc.currentLineHeight(true) + LINE_GAP;
  ensureSpace(doc, doc.widthOfString(text) <= width - 0.5 ? line : 2 * line);
  const y = doc.y;
  doc.fillColor(COLOURS.text).text('•', left + 4, y, { width: BULLET_INDENT, lineBreak: false });
  doc.text(text, left + BULLET_INDENT, y, { width, align: 'left', lineGap: LINE_GAP });
  doc.x = left;
  doc.y += 2.5;
}

/** What a block takes on the page once drawn, with the gaps `drawClauses` leaves around it. */
function blockHeight(doc: PDFKit.PDFDocument, block: FilledBlock, first: boolean): number {
  if (block.type === 'heading') {
    doc.font(FONT.bold).fontSize(9.5);
    return (first ? 0 : 3) + textHeight(doc, block.text, { width: contentWidth(doc) }) + 2;
  }
  doc.font(FONT.regular).fontSize(9.5);
  const width = contentWidth(doc) - (block.type === 'bullet' ? BULLET_INDENT : 0);
  return textHeight(doc, block.text, { width, lineGap: LINE_GAP }) + (block.type === 'bullet' ? 2.5 : 4);
}

/** Where the last clause starts: its title, or the last block when the text has no title. */
function lastClauseStart(blocks: readonly FilledBlock[]): number {
  const heading = blocks.findLastIndex((block) => block.type === 'heading');
  return heading >= 0 ? heading : blocks.length - 1;
}

/**
 * Draws the clauses. `keepLastWith` is the height of what follows them (the signatures): the last clause goes to
 * the next page with it rather than leave it alone there; a long last clause keeps only its final block with it.
 */
export function drawClauses(doc: PDFKit.PDFDocument, blocks: readonly FilledBlock[], keepLastWith = 0): void {
  const lastStart = lastClauseStart(blocks);
  blocks.forEach((block, index) => {
    if (keepLastWith > 0 && index === lastStart) {
      // Laying a long clause out only to learn it is long costs as much as drawing it: its length decides first.
      const rest = blocks.slice(lastStart);
      if (rest.reduce((sum, each) => sum + each.text.length, 0) <= SHORT_CLAUSE_CHARACTERS) {
        keepWithNext(
          doc,
          rest.reduce((sum, each, n) => sum + blockHeight(doc, each, index + n === 0), 0),
          keepLastWith,
        );
      }
    }
    if (keepLastWith > 0 && index === blocks.length - 1)
      keepWithNext(doc, blockHeight(doc, block, index === 0), keepLastWith);
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
