/**
 * Pages are drawn as pdfkit draws them (main/documents/pdf/page-content.ts): the same operators in the same order,
 * only turned into bytes once and compressed at zlib's fastest level.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { endPdf, FONT, openPdf } from '../../../main/documents/pdf';
import { registerFonts } from '../../../main/documents/pdf/fonts';
import { inflatedStreams, pdfInfo, pdfLayoutText } from '../../helpers/pdf';

const moment = new Date('2026-11-30T10:00:00Z');
const TEXT = 'Le bénéficiaire s’engage à rendre l’équipement (valeur 1 440,50 €) au plus tard le 30/11/2027. ';

/** Three pages of text, rules and a filled box, on a document from `openPdf` or on pdfkit's own. */
function draw(doc: PDFKit.PDFDocument): Buffer {
  doc.addPage({ size: 'A4', margins: { top: 60, bottom: 60, left: 50, right: 50 } });
  doc.rect(50, 60, 495, 30).fillColor('#eef2f7').fill().fillColor('#1b2a3a');
  doc.font(FONT.bold).fontSize(14).text('CONVENTION DE PRÊT — ÉTÉ 2026', 50, 68, { width: 495, align: 'center' });
  doc.font(FONT.regular).fontSize(9.5).text(TEXT.repeat(120), 50, 110, { width: 495, align: 'justify', lineGap: 1.5 });
  doc
    .moveTo(50, doc.y + 4)
    .lineTo(545, doc.y + 4)
    .lineWidth(0.5)
    .strokeColor('#8899aa')
    .stroke();
  return endPdf(doc);
}

const pageDrawings = (pdf: Buffer) => inflatedStreams(pdf).filter((stream) => stream.includes(' Tf'));

describe('page drawing', () => {
  it('holds the very operators pdfkit writes, compressed apart', () => {
    const ours = draw(
      openPdf({
        lang: 'fr',
        title: 'Essai',
        issuedAt: moment,
        size: [595.28, 841.89],
        margins: { top: 60, bottom: 60, left: 50, right: 50 },
      }),
    );
    const plain = new PDFDocument({
      font: '',
      autoFirstPage: false,
      bufferPages: true,
      pdfVersion: '1.7',
      info: { CreationDate: moment, ModDate: moment },
    });
    registerFonts(plain);
    const theirs = draw(plain);

    expect(pageDrawings(ours)).toHaveLength(3);
    expect(pageDrawings(ours)).toEqual(pageDrawings(theirs));
    expect(ours.equals(theirs)).toBe(false);
  });

  it('makes a file poppler reads, page by page', () => {
    const pdf = draw(
      openPdf({
        lang: 'fr',
        title: 'Essai',
        issuedAt: moment,
        size: [595.28, 841.89],
        margins: { top: 60, bottom: 60, left: 50, right: 50 },
      }),
    );
    expect(pdfInfo(pdf).pages).toBe(3);
    const text = pdfLayoutText(pdf);
    expect(text).toContain('CONVENTION DE PRÊT — ÉTÉ 2026');
    expect(text.split('valeur 1 440,50 €').length - 1).toBe(120);
  });
});
