/**
 * The loan agreement and the donation attestation: one layout, four texts. Parties, equipment, dates, the clauses
 * of the handover's variant (adult, minor, institution, donation: the programme's own text or Rebond's default,
 * placeholders filled, the SIM clause only with a SIM card), then a signature box per party, kept on the page of
 * the last clause.
 */
import type { OrganisationIdentity } from '../../../../shared/contract/documents';
import type { FilledBlock, TemplateBlock } from '../../../../shared/domain/agreement-template';
import { fillTemplate } from '../../../../shared/domain/agreement-template';
import { clauseVariantOf, type ClauseVariant } from '../../../../shared/domain/agreement-variants';
import type { DocumentSubject } from '../../../../shared/domain/documents';
import type { HandoverKind } from '../../../../shared/domain/lending';
import type { Lang, MessageKey } from '../../../../shared/i18n';
import { DomainError } from '../../../errors';
import { clausesFor } from '../../../services/agreement-templates';
import { readOrganisation } from '../../../services/organisation';
import { anonymiseAfterMonths } from '../../../services/privacy';
import type { Store } from '../../../store/store';
import { singleId, type LoadedDocument, type RenderContext } from '../../kind';
import { createPdf, formatDay, keyValues, paragraph, section, title, typeset } from '../../pdf';
import { clauseValues, organisationContact } from './clause-values';
import { drawClauses } from './clauses';
import {
  euros,
  guardianCapacity,
  guardianHeading,
  institutionHeading,
  loanLength,
  personName,
  type Translate,
} from './format';
import { accessoriesLine, agreementItemsTable } from './items-table';
import { lenderSignatory } from './lender';
import { loadPapers, deviceIdsOf, townOf, type HandoverPapers } from './papers';
import { drawParties, lenderParty, recipientParties } from './parties';
import { signatureArea, type Signatory } from './signing';

export interface AgreementData {
  papers: HandoverPapers;
  variant: ClauseVariant;
  clauses: readonly TemplateBlock[];
  retentionMonths: number;
}

/** The personal-data article names the controller and how to reach it: without them the agreement is refused. */
function missingIdentity(organisation: OrganisationIdentity): MessageKey[] {
  const missing: MessageKey[] = [];
  if (!organisation.name) missing.push('paper.missingField.name');
  if (!organisation.address) missing.push('paper.missingField.address');
  if (!organisation.registration) missing.push('paper.missingField.registration');
  if (!organisationContact(organisation)) missing.push('paper.missingField.contact');
  return missing;
}

export function loadAgreement(
  store: Store,
  subject: DocumentSubject,
  lang: Lang,
  nature: HandoverKind,
): LoadedDocument<AgreementData> {
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
  const missing = missingIdentity(readOrganisation(store));
  if (missing.length > 0) throw new DomainError('agreement_organisation_incomplete', { missing }, 'organisation');
  const variant = clauseVariantOf(papers.terms);
  const clauses = clausesFor(store, { programmeId: papers.terms.programme.id, variant, lang });
  return {
    data: { papers, variant, clauses, retentionMonths: anonymiseAfterMonths(store) },
    deviceIds: deviceIdsOf(papers.items),
  };
}

function signatories(t: Translate, context: RenderContext<AgreementData>): Signatory[] {
  const { papers } = context.data;
  const recipient = papers.terms.recipient;
  const lender = lenderSignatory(context.organisation, papers);
  const list: Signatory[] = [
    {
      heading: t('paper.forOrganisation', { organisation: context.organisation.name ?? '' }),
      name: lender.name,
      details: lender.title ? [lender.title] : [],
      signature: lender.signature,
      readApproved: false,
    },
    recipient.type === 'partner'
      ? {
          heading: t(institutionHeading(papers.kind)),
          name: recipient.contactName ?? '',
          details: [recipient.name, t('paper.capacityToFill')],
          signature: papers.signatures.receiver,
          readApproved: true,
        }
      : {
          heading: t('paper.beneficiary'),
          name: personName(recipient),
          signature: papers.signatures.receiver,
          readApproved: true,
        },
  ];
  const guardian = guardianHeading(recipient);
  const capacity = guardianCapacity(t, recipient);
  if (guardian && capacity && recipient.type === 'beneficiary') {
    list.push({
      heading: t(guardian),
      name: recipient.guardianName ?? '',
      details: [t('paper.capacityOf', { capacity })],
      signature: papers.signatures.guardian,
      readApproved: true,
    });
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

const typesetTexts = new WeakMap<readonly TemplateBlock[], readonly TemplateBlock[]>();

/**
 * The clauses' own words set for the language, once per parsed text (the values filled in are set where they are
 * made: the translated ones through `t`).
 */
function typesetClauses(lang: Lang, blocks: readonly TemplateBlock[]): readonly TemplateBlock[] {
  if (lang !== 'fr') return blocks;
  let set = typesetTexts.get(blocks);
  if (!set) {
    set = blocks.map((block) => ({
      ...block,
      segments: block.segments.map((segment) =>
        segment.type === 'text' ? { type: 'text' as const, text: typeset(lang, segment.text) } : segment,
      ),
    }));
    typesetTexts.set(blocks, set);
  }
  return set;
}

export function renderAgreement(context: RenderContext<AgreementData>): Buffer {
  const { lang, organisation } = context;
  const t: Translate = (key, params) => typeset(lang, context.t(key, params));
  const { papers, clauses, retentionMonths } = context.data;
  const { terms } = papers;
  const donation = papers.kind === 'donation';
  const heading = t(donation ? 'paper.donationTitle' : 'paper.agreementTitle');
  const frameTitle = t(donation ? 'documentKind.donation' : 'documentKind.agreement');
  const pdf = createPdf({
    lang,
    title: frameTitle,
    reference: context.reference,
    issuedAt: context.issuedAt,
    organisation,
    timeZone: context.timeZone,
  });
  const { doc } = pdf;
  title(doc, heading, t('paper.handoverLine', { number: papers.number, programme: terms.programme.name }));

  const lender = lenderSignatory(organisation, papers);
  section(doc, t('paper.parties'));
  const programme = [
    terms.programme.name,
    terms.programme.funder ? t('paper.funder', { funder: terms.programme.funder }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  drawParties(doc, [
    lenderParty(t, organisation, lender, donation),
    ...recipientParties(t, terms),
    { capacity: t('paper.programme'), name: programme, details: [] },
  ]);

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

  const town = townOf(organisation.address) ?? papers.siteTown;
  const signing = signatureArea(doc, t, lang, { town, day: terms.handedOn }, signatories(t, context), {
    contract: true,
    heading: t('paper.signatures'),
  });
  section(doc, t('paper.clauses'));
  const values = clauseValues(papers, organisation, lender, retentionMonths, lang, t);
  const sim = papers.items.some((item) => item.type === 'sim');
  const filled: FilledBlock[] = fillTemplate(typesetClauses(lang, clauses), values, { sim });
  drawClauses(doc, filled, signing.height);
  signing.draw();
  return pdf.finish();
}
