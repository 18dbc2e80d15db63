import PDFDocument from 'pdfkit';
import { localeOf } from '../../../shared/format/locale';
import type { Lang } from '../../../shared/i18n';
import { registerFonts } from './fonts';
import { writePagesAsText } from './page-content';
import type { Margins } from './units';

export interface BarePdfOptions {
  lang: Lang;
  title: string;
  /** Who issues it (the organisation's name), for the file's properties. */
  author?: string | null;
  issuedAt: Date;
  size: [number, number];
  margins: Margins;
}

/**
 * A PDF document with the embedded fonts and fixed properties: no clock and no random identifier go into the file,
 * so the same input gives the same bytes (its file identifier is derived from these properties).
 */
export function openPdf(options: BarePdfOptions): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    // No default font: pdfkit would read Helvetica's metrics for every document, and ours are registered below.
    font: '',
    size: options.size,
    margins: options.margins,
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: localeOf(options.lang),
    displayTitle: true,
    info: {
      Title: options.title,
      Author: options.author ?? 'Rebond',
      Creator: 'Rebond',
      Producer: 'Rebond',
      CreationDate: options.issuedAt,
      ModDate: options.issuedAt,
    },
  });
  registerFonts(doc);
  writePagesAsText(doc);
  return doc;
}

/**
 * Ends the document and returns its bytes. pdfkit writes synchronously into its stream's buffer (fonts, vector
 * drawing and JPEG or opaque PNG images alike), so the whole file is there once `end()` returns: a kind's `render`
 * is one synchronous function of plain data, which the render worker runs between the two short transactions that
 * number and record the document.
 */
export function endPdf(doc: PDFKit.PDFDocument): Buffer {
  doc.end();
  const bytes = doc.read() as Buffer | null;
  if (!bytes?.subarray(-6).toString('latin1').includes('%%EOF')) {
    throw new Error('Rebond: the PDF was not complete when its document ended');
  }
  return bytes;
}

/** Pages in a PDF Rebond wrote (pdfkit writes one uncompressed `/Type /Page` dictionary per page). */
export function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}
