import type { OrganisationIdentity } from '../../../shared/contract/documents';
import { translate, type Lang } from '../../../shared/i18n';
import { endPdf, openPdf } from './base';
import { FONT } from './fonts';
import { formatDate } from './format';
import { textHeight } from './measure';
import { typeset } from './typography';
import { drawOpenedImage, openLogo, type OpenedImage } from './logo';
import { A4, COLOURS, type Margins } from './units';

export interface PdfOptions {
  lang: Lang;
  /** The document's name, printed in every page's header and in the file's properties. */
  title: string;
  reference: string;
  issuedAt: Date;
  organisation: OrganisationIdentity;
  /** The organisation's time zone (the day of issue is printed in it). */
  timeZone: string;
  size?: 'A4' | [number, number];
  /** Left and right margins of the content (the frame sets top and bottom around its header and footer). */
  margins?: { left?: number; right?: number };
}

export interface FramedPdf {
  doc: PDFKit.PDFDocument;
  /** Prints `note` in the current page's footer, before "Page n / N" (e.g. « Appareil 17 / 200 »). */
  notePage(note: string): void;
  /** Draws the frame on every page, ends the document and returns its bytes (synchronously: see `endPdf`). */
  finish(): Buffer;
}

const FRAME_TOP = 30;
const HEADER_RULE = 94;
const CONTENT_TOP = 110;
const FOOTER_RULE_FROM_BOTTOM = 44;
const CONTENT_BOTTOM = 58;
const SIDE = 45;
const RIGHT_COLUMN = 150;

function drawHeader(doc: PDFKit.PDFDocument, options: PdfOptions, logo: OpenedImage | null): void {
  const { organisation: org, lang } = options;
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  let textLeft = left;
  if (logo) {
    drawOpenedImage(doc, logo, left, FRAME_TOP, { fit: [84, 52] });
    textLeft = left + 94;
  }
  const width = right - RIGHT_COLUMN - 12 - textLeft;
  doc.font(FONT.bold).fontSize(11).fillColor(COLOURS.text);
  // A long name may take two lines; the address and numbers follow it.
  const nameHeight = Math.min(textHeight(doc, org.name ?? ' ', { width }), 28);
  doc.text(org.name ?? '', textLeft, FRAME_TOP, { width, height: nameHeight, ellipsis: true });
  const lines = [
    // The address on one line, so that a long name and the contact still fit above the rule.
    (org.address ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .join(', '),
    org.registration ? typeset(lang, translate(lang, 'pdf.registration', { registration: org.registration })) : '',
    [org.phone, org.email].filter(Boolean).join(' · '),
  ].filter(Boolean);
  doc.font(FONT.regular).fontSize(7.5).fillColor(COLOURS.muted);
  doc.text(lines.join('\n'), textLeft, FRAME_TOP + nameHeight + 2, {
    width,
    height: HEADER_RULE - 8 - FRAME_TOP - nameHeight,
    ellipsis: true,
    lineGap: 0.5,
  });

  const column = right - RIGHT_COLUMN;
  doc.font(FONT.bold).fontSize(9).fillColor(COLOURS.accent);
  doc.text(options.title, column, FRAME_TOP, { width: RIGHT_COLUMN, align: 'right', height: 24, ellipsis: true });
  doc.font(FONT.regular).fontSize(8.5).fillColor(COLOURS.text);
  doc.text(translate(lang, 'pdf.reference', { reference: options.reference }), column, FRAME_TOP + 26, {
    width: RIGHT_COLUMN,
    align: 'right',
    lineBreak: false,
  });
  doc.fontSize(8).fillColor(COLOURS.muted);
  doc.text(
    translate(lang, 'pdf.issuedOn', { date: formatDate(lang, options.issuedAt, options.timeZone) }),
    column,
    FRAME_TOP + 38,
    {
      width: RIGHT_COLUMN,
      align: 'right',
      lineBreak: false,
    },
  );
  doc.moveTo(left, HEADER_RULE).lineTo(right, HEADER_RULE).lineWidth(0.6).strokeColor(COLOURS.rule).stroke();
}

const NOTE_WIDTH = 75;

function drawFooter(
  doc: PDFKit.PDFDocument,
  options: PdfOptions,
  page: number,
  pages: number,
  note: string | undefined,
): void {
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  const rule = doc.page.height - FOOTER_RULE_FROM_BOTTOM;
  doc.moveTo(left, rule).lineTo(right, rule).lineWidth(0.4).strokeColor(COLOURS.rule).stroke();
  const owner = [options.organisation.name, options.title, options.reference].filter(Boolean).join(' — ');
  doc.font(FONT.regular).fontSize(7.5).fillColor(COLOURS.muted);
  doc.text(owner, left, rule + 6, {
    width: right - left - 80 - (note ? NOTE_WIDTH : 0),
    height: 10,
    ellipsis: true,
    lineBreak: false,
  });
  if (note) doc.text(note, right - 80 - NOTE_WIDTH, rule + 6, { width: NOTE_WIDTH, align: 'right', lineBreak: false });
  doc.text(translate(options.lang, 'pdf.page', { page, pages }), right - 80, rule + 6, {
    width: 80,
    align: 'right',
    lineBreak: false,
  });
}

/**
 * An A4 (or other size) document whose every page carries the organisation's identity, the document's title,
 * reference and date in its header, and "Page n / N" in its footer. Write the content with the helpers in
 * ./blocks, ./table and ./signatures; pages added by flowing text get the frame too.
 */
export function createPdf(options: PdfOptions): FramedPdf {
  const margins: Margins = {
    top: CONTENT_TOP,
    bottom: CONTENT_BOTTOM,
    left: options.margins?.left ?? SIDE,
    right: options.margins?.right ?? SIDE,
  };
  const doc = openPdf({
    lang: options.lang,
    title: `${options.title} ${options.reference}`,
    author: options.organisation.name,
    issuedAt: options.issuedAt,
    size: options.size === undefined || options.size === 'A4' ? A4 : options.size,
    margins,
  });
  doc.addPage();
  doc.fillColor(COLOURS.text);
  const logo = openLogo(doc, options.organisation.logo);
  const notes = new Map<number, string>();
  return {
    doc,
    notePage(note) {
      const range = doc.bufferedPageRange();
      notes.set(range.start + range.count - 1, note);
    },
    finish() {
      const range = doc.bufferedPageRange();
      for (let index = range.start; index < range.start + range.count; index += 1) {
        doc.switchToPage(index);
        const saved = doc.page.margins;
        doc.page.margins = { ...saved, top: 0, bottom: 0 };
        drawHeader(doc, options, logo);
        drawFooter(doc, options, index - range.start + 1, range.count, notes.get(index));
        doc.page.margins = saved;
      }
      return endPdf(doc);
    },
  };
}
