/** "Fait à …, le …" and one signature box per signatory, with the signature drawn at the counter when there is one. */
import { ensureSpace, formatDay, paragraph, type SignatureBlock } from '../../pdf';
import type { Lang } from '../../../../shared/i18n';
import type { Translate } from './format';
import type { CapturedSignature } from './papers';
import { signatureRow } from './signature-row';

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

export function drawSignatures(
  doc: PDFKit.PDFDocument,
  t: Translate,
  lang: Lang,
  where: SigningPlace,
  signatories: readonly Signatory[],
  contract: boolean,
): void {
  const date = formatDay(lang, where.day);
  const line = contract
    ? where.town
      ? t('paper.madeAt', { place: where.town, date })
      : t('paper.madeOn', { date })
    : where.town
      ? t('paper.signedAt', { place: where.town, date })
      : t('paper.signedOn', { date });
  // The place and date stay on the page of the first signature row.
  ensureSpace(doc, 150);
  paragraph(doc, line, { size: 9, gapAfter: 6 });
  const blocks = signatories.map((signatory): SignatureBlock => {
    const drawn = signatory.signature?.mode === 'drawn' ? signatory.signature.png : null;
    return {
      heading: signatory.heading,
      lines: [signatory.name, ...(signatory.details ?? []), t('paper.dateLine', { date })],
      caption: drawn ? t('paper.signedOnScreen') : t(signatory.readApproved ? 'paper.readApproved' : 'paper.signHere'),
      image: drawn,
    };
  });
  signatureRow(doc, blocks, 62);
}
