/**
 * `textHeight` answers what pdfkit's `heightOfString` answers, measuring by width alone only where that is the
 * same: texts that fill a line to the last point, that break, or that carry line breaks of other kinds.
 */
import { describe, expect, it } from 'vitest';
import { FONT, openPdf, textHeight } from '../../../main/documents/pdf';

const doc = openPdf({
  lang: 'fr',
  title: 'Mesure',
  issuedAt: new Date('2026-11-30T10:00:00Z'),
  size: [595, 842],
  margins: { top: 40, bottom: 40, left: 40, right: 40 },
});
doc.addPage();

const WORDS =
  'Convention de prêt n° 2026-000123 : équipement reçu le 30/11/2026, 1 440,50 € ; Œuvre, Ærø, İzmir, Yıldız — fin.'.split(
    ' ',
  );

/** Every prefix of the sentence, so that some end a hair before, on and after each width tried. */
const prefixes = WORDS.map((_, index) => WORDS.slice(0, index + 1).join(' '));
const texts = [
  ...prefixes,
  ...prefixes.map((text) => `${text}\nTél. 04 72 00 00 00`),
  'Le bénéficiaire\n\nClaire Dumas',
  'Lu et approuvé\r\nSignature',
  'anti\u00adconstitutionnellement et caetera',
  'Lu\u2028et approuvé',
  ' ',
  'Rebond',
];

describe('textHeight', () => {
  it.each([
    [FONT.regular, 8.5, undefined],
    [FONT.bold, 9.5, undefined],
    [FONT.regular, 9.5, 1.5],
  ])('gives the height heightOfString gives (%s, %s pt, line gap %s)', (font, size, lineGap) => {
    doc.font(font).fontSize(size);
    let compared = 0;
    for (const width of [60, 97.3, 150, 212.5, 330, 505]) {
      for (const text of texts) {
        const options = lineGap === undefined ? { width } : { width, lineGap };
        expect(textHeight(doc, text, options), `${JSON.stringify(text)} in ${width} pt`).toBeCloseTo(
          doc.heightOfString(text, options),
          9,
        );
        compared += 1;
      }
    }
    expect(compared).toBe(6 * texts.length);
  });

  it('tells one line from two at the very width where the text stops fitting', () => {
    doc.font(FONT.regular).fontSize(9.5);
    const text = prefixes[8] ?? '';
    const width = doc.widthOfString(text);
    const line = doc.currentLineHeight(true);
    expect(textHeight(doc, text, { width: width + 1 })).toBeCloseTo(line, 9);
    expect(textHeight(doc, text, { width: width - 1 })).toBeCloseTo(2 * line, 9);
    expect(textHeight(doc, text, { width })).toBeCloseTo(doc.heightOfString(text, { width }), 9);
  });
});
