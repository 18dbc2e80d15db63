/**
 * Every document of a process shares the parsed fonts and their shaped words (main/documents/pdf/fonts.ts): what
 * a document embeds and the text it gives back must still depend on its own content only.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import type { OrganisationIdentity } from '../../../shared/contract/documents';
import { createPdf, endPdf, paragraph } from '../../../main/documents/pdf';
import { FONT, parseFonts, registerFonts, registerParsedFont } from '../../../main/documents/pdf/fonts';
import { pdfLayoutText } from '../../helpers/pdf';

const organisation: OrganisationIdentity = {
  name: 'Rebond Lyon',
  address: '12 rue de la Thibaudière\n69007 Lyon',
  registration: null,
  phone: null,
  email: null,
  signatoryName: null,
  signatoryTitle: null,
  dpoContact: null,
  logo: null,
  timeZone: null,
};

function render(reference: string, text: string): Buffer {
  const pdf = createPdf({
    lang: 'fr',
    title: 'Essai',
    reference,
    issuedAt: new Date('2026-11-30T10:00:00Z'),
    organisation,
    timeZone: 'Europe/Paris',
  });
  paragraph(pdf.doc, text);
  return pdf.finish();
}

// B reaches glyphs A also uses from other text: the `fi` ligature from U+FB01, `ı` directly and through the
// `ccmp` substitution of an `i` before a combining accent.
const A =
  'Le bénéficiaire certifie avoir reçu l’équipement, officiellement, le 30 novembre 2026 (1 000 € ; İzmir, Yildiz).';
const B = 'La ﬁn du ﬁchier : Yıldız, Ölçer, ı et i\u0301 ; Œuvre, Ωμέγα, Жанна, Łódź, Ærø.';

describe('fonts shared by every document of the process', () => {
  it('give a document the same bytes and its own text whatever was printed before it', () => {
    // B is the first document of this process: the ligature and `ı` glyphs are first reached from its text.
    const b1 = render('B-1', B);
    const a1 = render('A-1', A);
    const b2 = render('B-1', B);
    const a2 = render('A-1', A);
    expect(a2.equals(a1)).toBe(true);
    expect(b2.equals(b1)).toBe(true);

    const textA = pdfLayoutText(a1);
    expect(textA).toContain('Le bénéficiaire certifie avoir reçu l’équipement, officiellement');
    expect(textA).not.toContain('ﬁ');
    expect(textA).toMatch(/İzmir,\s+Yildiz/);
    const textB = pdfLayoutText(b1);
    expect(textB).toContain('La ﬁn du ﬁchier : Yıldız, Ölçer, ı');
    expect(textB).toContain('Œuvre, Ωμέγα, Жанна, Łódź, Ærø.');
  });

  it('write the very file pdfkit writes with fonts parsed for that document alone', () => {
    const text =
      'ÉTAT DES LIEUX — Œuvre n° 12 : l’équipement reçu (1 440,50 €) reste la propriété de Rebond ; ÇA, À, Ê, Ï, Ô, Ù, ' +
      'Æ, Ø, Å, Ñ. Le bénéficiaire s’engage officiellement à le rendre au plus tard le 30/11/2027. AVAT, Wo, Ty, fl.';
    const write = (fonts: 'shared' | ReturnType<typeof parseFonts>) => {
      const moment = new Date('2026-11-30T10:00:00Z');
      const doc = new PDFDocument({
        font: '',
        size: 'A4',
        autoFirstPage: false,
        info: { CreationDate: moment, ModDate: moment },
      });
      if (fonts === 'shared') registerFonts(doc);
      else {
        for (const [name, font] of Object.entries(fonts)) registerParsedFont(doc, name, font);
        doc.font(FONT.regular).font(FONT.bold).font(FONT.regular);
      }
      doc.addPage();
      doc.font(FONT.bold).fontSize(14).text('CONVENTION DE PRÊT — ÉTÉ 2026');
      doc.font(FONT.regular).fontSize(9.5).text(text, { align: 'justify', width: 300 });
      return endPdf(doc);
    };
    render('A-3', A);
    render('B-3', B);
    expect(write('shared').equals(write(parseFonts()))).toBe(true);
  });

  it('keep printing the same bytes once the shared word layouts have been started afresh', () => {
    const first = render('A-2', A);
    // More documents than the shared cache of shaped words is kept for, each with words of its own.
    for (let index = 0; index < 300; index += 1) render(`C-${index}`, `Document n° ${index} : ${B} ${index * 7919}`);
    expect(render('A-2', A).equals(first)).toBe(true);
  });
});
