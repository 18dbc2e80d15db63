/** The parties of a lending document, each on its own row: capacity on the left, name in bold, then details. */
import type { OrganisationIdentity } from '../../../../shared/contract/documents';
import type { HandoverTerms } from '../../../../shared/contract/lending-types';
import { COLOURS, contentLeft, contentWidth, ensureSpace, FONT, textHeight } from '../../pdf';
import { guardianCapacity, guardianHeading, institutionHeading, personName, type Translate } from './format';
import type { LenderSignatory } from './lender';

export interface Party {
  capacity: string;
  name: string;
  details: string[];
}

export function lenderParty(
  t: Translate,
  organisation: OrganisationIdentity,
  lender: LenderSignatory,
  donation: boolean,
): Party {
  const signatory = [lender.name, lender.title].filter(Boolean).join(', ');
  return {
    capacity: t(donation ? 'paper.donor' : 'paper.lender'),
    name: organisation.name ?? '—',
    details: [
      ...(organisation.address ?? '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
      organisation.registration ? t('pdf.registration', { registration: organisation.registration }) : '',
      signatory ? t('paper.signatory', { name: signatory }) : '',
    ].filter(Boolean),
  };
}

/** The beneficiary (with their guardian for a minor) or the receiving institution, then the referring partner. */
export function recipientParties(t: Translate, terms: HandoverTerms): Party[] {
  const recipient = terms.recipient;
  const parties: Party[] = [];
  if (recipient.type === 'partner') {
    parties.push({
      capacity: t(institutionHeading(terms.kind)),
      name: recipient.name,
      details: [
        recipient.address ?? '',
        recipient.contactName ? t('paper.signatory', { name: recipient.contactName }) : '',
        t('paper.capacityToFill'),
      ].filter(Boolean),
    });
  } else {
    const who = [
      recipient.minor ? t('paper.minor') : '',
      recipient.reference ? t('paper.referenceOf', { reference: recipient.reference }) : '',
    ]
      .filter(Boolean)
      .join(', ');
    parties.push({
      capacity: t('paper.beneficiary'),
      name: personName(recipient),
      details: [who, recipient.address ?? ''].filter(Boolean),
    });
    const heading = guardianHeading(recipient);
    const capacity = guardianCapacity(t, recipient);
    if (heading && recipient.guardianName && capacity) {
      parties.push({
        capacity: t(heading),
        name: recipient.guardianName,
        details: [t('paper.capacityOf', { capacity })],
      });
    }
  }
  if (recipient.type === 'beneficiary' || recipient.partnerId !== terms.referringPartner.id) {
    const referent = terms.referringPartner.referentName;
    parties.push({
      capacity: t('paper.partner'),
      name: terms.referringPartner.name,
      details: referent ? [t('paper.followedBy', { name: referent })] : [],
    });
  }
  return parties;
}

const CAPACITY_WIDTH = 150;

export function drawParties(doc: PDFKit.PDFDocument, parties: readonly Party[]): void {
  const left = contentLeft(doc);
  const width = contentWidth(doc) - CAPACITY_WIDTH;
  for (const party of parties) {
    doc.fontSize(9.5);
    const nameHeight = textHeight(doc.font(FONT.bold), party.name, { width });
    const detailText = party.details.join('\n');
    const detailHeight = detailText ? textHeight(doc.font(FONT.regular).fontSize(8.5), detailText, { width }) : 0;
    const height = nameHeight + detailHeight + 7;
    ensureSpace(doc, height);
    const y = doc.y;
    doc
      .font(FONT.regular)
      .fontSize(8.5)
      .fillColor(COLOURS.muted)
      .text(party.capacity, left, y + 1, { width: CAPACITY_WIDTH - 8 });
    doc
      .font(FONT.bold)
      .fontSize(9.5)
      .fillColor(COLOURS.text)
      .text(party.name, left + CAPACITY_WIDTH, y, { width });
    if (detailText)
      doc
        .font(FONT.regular)
        .fontSize(8.5)
        .text(detailText, left + CAPACITY_WIDTH, y + nameHeight + 1, { width });
    doc.y = y + height;
  }
  doc.x = left;
  doc.fillColor(COLOURS.text).font(FONT.regular);
}
