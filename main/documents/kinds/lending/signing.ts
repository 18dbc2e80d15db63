/** "Fait à …, le …" and one signature box per signatory, with the signature drawn at the counter when there is one. */
import { formatDay, paragraph, section, textHeight, contentWidth, FONT, type SignatureBlock } from '../../pdf';
import type { Lang } from '../../../../shared/i18n';
import type { Translate } from './format';
import type { CapturedSignature } from './papers';
import { signatureRow, signatureRowHeight } from './signature-row';

export interface Signatory {
  heading: string;
  name: string;
  details?: readonly string[];
  signature: CapturedSignature | undefined;
  /** Asks for « Lu et approuvé » before the hand signature (contracts), or just a signature (receipts). */
  readApproved: boolean;
}

export interface SigningPlace {
  town: string | null;
  /** The calendar day it is signed, `YYYY-MM-DD`. */
  day: string;
}

const SIGNING_HEIGHT = 62;
/** A section heading with its rule and spacing, as `section` draws it. */
const SECTION_HEIGHT = 24;

export interface SignatureArea {
  /** Everything the area takes on the page: its heading, the place and date, the row of boxes. */
  height: number;
  draw(): void;
}

/**
 * Lays the signatures out without drawing them, so that the text before them can be kept on their page
 * (`keepWithNext`): a signature row never stands alone at the top of a page.
 */
export function signatureArea(
  doc: PDFKit.PDFDocument,
  t: Translate,
  lang: Lang,
  where: SigningPlace,
  signatories: readonly Signatory[],
  options: { contract: boolean; heading?: string },
): SignatureArea {
  const date = formatDay(lang, where.day);
  const line = options.contract
    ? where.town
      ? t('paper.madeAt', { place: where.town, date })
      : t('paper.madeOn', { date })
    : where.town
      ? t('paper.signedAt', { place: where.town, date })
      : t('paper.signedOn', { date });
  const blocks = signatories.map((signatory): SignatureBlock => {
    const drawn = signatory.signature?.mode === 'drawn' ? signatory.signature.png : null;
    return {
      heading: signatory.heading,
      lines: [signatory.name, ...(signatory.details ?? []), t('paper.dateLine', { date })],
      caption: drawn ? t('paper.signedOnScreen') : t(signatory.readApproved ? 'paper.readApproved' : 'paper.signHere'),
      image: drawn,
    };
  });
  doc.font(FONT.regular).fontSize(9);
  const lineHeight = textHeight(doc, line, { width: contentWidth(doc), lineGap: 1.5 }) + 6;
  const height =
    (options.heading ? SECTION_HEIGHT : 0) + lineHeight + signatureRowHeight(doc, blocks, SIGNING_HEIGHT) + 6;
  return {
    height,
    draw: () => {
      // The heading, the place and date and the boxes stay together on one page.
      if (options.heading) section(doc, options.heading, height - SECTION_HEIGHT);
      else if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
      paragraph(doc, line, { size: 9, gapAfter: 6 });
      signatureRow(doc, blocks, SIGNING_HEIGHT);
    },
  };
}

export function drawSignatures(
  doc: PDFKit.PDFDocument,
  t: Translate,
  lang: Lang,
  where: SigningPlace,
  signatories: readonly Signatory[],
  contract: boolean,
): void {
  signatureArea(doc, t, lang, where, signatories, { contract }).draw();
}
