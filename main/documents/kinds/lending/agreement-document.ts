/**
 * The loan agreement and the donation attestation: one layout, two natures. Parties, equipment, dates, the
 * programme's clauses (its own text or Rebond's default, placeholders filled), then a signature box per party.
 */
import type { FilledBlock, TemplateBlock } from '../../../../shared/domain/agreement-template';
import { fillTemplate } from '../../../../shared/domain/agreement-template';
import type { HandoverKind } from '../../../../shared/domain/lending';
import type { Lang } from '../../../../shared/i18n';
import { DomainError } from '../../../errors';
import { clausesFor } from '../../../services/agreement-templates';
import { anonymiseAfterMonths } from '../../../services/privacy';
import type { Store } from '../../../store/store';
import { singleId, type LoadedDocument, type RenderContext } from '../../kind';
import { createPdf, formatDay, keyValues, paragraph, section, title } from '../../pdf';
import { clauseValues } from './clause-values';
import { drawClauses } from './clauses';
import { euros, guardianHeading, loanLength, personName, type Translate } from './format';
import { accessoriesLine, agreementItemsTable } from './items-table';
import { loadPapers, deviceIdsOf, townOf, type HandoverPapers } from './papers';
import { drawParties, lenderParty, recipientParties } from './parties';
import { drawSignatures, type Signatory } from './signing';
import type { DocumentSubject } from '../../../../shared/domain/documents';

export interface AgreementData {
  papers: HandoverPapers;
  clauses: TemplateBlock[];
  retentionMonths: number;
}

export function loadAgreement(store: Store, subject: DocumentSubject, lang: Lang, nature: HandoverKind): LoadedDocument<AgreementData> {
  const papers = loadPapers(store, singleId(subject));
  if (papers.kind !== nature) {
    throw new DomainError(
      'agreement_kind_mismatch',
      {
        handover: papers.number,
        nature: `paper.nature.${papers.kind}`,
        expected: papers.kind === 'loan' ? 'documentKind.agreement' : 'documentKind.donation',
      },
      'kind',
    );
  }
  const clauses = clausesFor(store, { programmeId: papers.terms.programme.id, kind: nature, lang });
  return { data: { papers, clauses, retentionMonths: anonymiseAfterMonths(store) }, deviceIds: deviceIdsOf(papers.items) };
}

function signatories(t: Translate, context: RenderContext<AgreementData>): Signatory[] {
  const { papers } = context.data;
  const recipient = papers.terms.recipient;
  const organisation = context.organisation.name ?? '';
  const staff = papers.signatures.staff;
  const lenderName = staff?.mode === 'drawn' ? staff.signedBy : (context.organisation.signatoryName ?? papers.staffName);
  const list: Signatory[] = [
    {
      heading: t('paper.forOrganisation', { organisation }),
      name: lenderName,
      details: lenderName === context.organisation.signatoryName && context.organisation.signatoryTitle ? [context.organisation.signatoryTitle] : [],
      signature: staff,
      readApproved: false,
    },
    {
      heading: recipient.type === 'partner' ? t('paper.institution') : t('paper.beneficiary'),
      name: recipient.type === 'partner' ? (recipient.contactName ?? recipient.name) : personName(recipient),
      details: recipient.type === 'partner' && recipient.contactName ? [recipient.name] : [],
      signature: papers.signatures.receiver,
      readApproved: true,
    },
  ];
  const guardian = guardianHeading(recipient);
  if (guardian && recipient.type === 'beneficiary') {
    list.push({ heading: t(guardian), name: recipient.guardianName ?? '', signature: papers.signatures.guardian, readApproved: true });
  }
  if (recipient.type === 'beneficiary' || recipient.partnerId !== papers.terms.referringPartner.id) {
    const partner = papers.terms.referringPartner;
    list.push({
      heading: t('paper.partner'),
      name: partner.referentName ?? partner.name,
      details: partner.referentName ? [partner.name] : [],
      signature: undefined,
      readApproved: false,
    });
  }
  return list;
}

export function renderAgreement(context: RenderContext<AgreementData>): Buffer {
  const { t, lang, organisation } = context;
  const { papers, clauses, retentionMonths } = context.data;
  const { terms } = papers;
  const donation = papers.kind === 'donation';
  const heading = t(donation ? 'paper.donationTitle' : 'paper.agreementTitle');
  const frameTitle = t(donation ? 'documentKind.donation' : 'documentKind.agreement');
  const pdf = createPdf({ lang, title: frameTitle, reference: context.reference, issuedAt: context.issuedAt, organisation, timeZone: context.timeZone });
  const { doc } = pdf;
  title(doc, heading, t('paper.handoverLine', { number: papers.number, programme: terms.programme.name }));

  section(doc, t('paper.parties'));
  const programme = [terms.programme.name, terms.programme.funder ? t('paper.funder', { funder: terms.programme.funder }) : '']
    .filter(Boolean)
    .join(', ');
  drawParties(doc, [lenderParty(t, organisation, donation), ...recipientParties(t, terms), { capacity: t('paper.programme'), name: programme, details: [] }]);

  section(doc, t('paper.equipment'));
  agreementItemsTable(doc, t, lang, papers.items, papers.totalValueCents === null ? null : papers.values);
  accessoriesLine(doc, t, terms.accessories);
  if (papers.totalValueCents !== null) {
    paragraph(doc, t('paper.totalValue', { amount: euros(lang, papers.totalValueCents) }), { size: 9, bold: true });
  }

  section(doc, t(donation ? 'paper.donationDate' : 'paper.dates'));
  const handedOn = formatDay(lang, terms.handedOn);
  keyValues(
    doc,
    donation || !terms.dueOn
      ? [[t('paper.transferOn'), t('paper.transferOnValue', { date: handedOn })]]
      : [
          [t('paper.handedOn'), handedOn],
          [t('paper.dueOn'), formatDay(lang, terms.dueOn)],
          [t('paper.length'), loanLength(t, terms.handedOn, terms.dueOn)],
        ],
  );

  section(doc, t('paper.clauses'));
  const filled: FilledBlock[] = fillTemplate(clauses, clauseValues(papers, organisation, retentionMonths, lang, t));
  drawClauses(doc, filled);

  section(doc, t('paper.signatures'), 140);
  const town = townOf(organisation.address) ?? papers.siteTown;
  drawSignatures(doc, t, lang, { town, day: terms.handedOn }, signatories(t, context), true);
  return pdf.finish();
}
