import type { OrganisationIdentity } from '../../../../shared/contract/documents';
import type { PlaceholderValues } from '../../../../shared/domain/agreement-placeholders';
import type { Lang } from '../../../../shared/i18n';
import { formatDay, unbreakable } from '../../pdf';
import { euros, guardianCapacity, loanLength, personName, simLines, type Translate } from './format';
import type { LenderSignatory } from './lender';
import type { HandoverPapers } from './papers';

export const addressOnOneLine = (address: string | null) =>
  (address ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(', ');

export const organisationContact = (organisation: OrganisationIdentity) =>
  [organisation.email, organisation.phone].filter(Boolean).join(', ');

/** The contact as the clauses print it: neither the e-mail address nor the phone number breaks inside. */
const printedContact = (organisation: OrganisationIdentity) =>
  [organisation.email ? unbreakable(organisation.email) : null, organisation.phone?.replace(/ /g, '\u00a0') ?? null]
    .filter(Boolean)
    .join(', ');

/** What each placeholder of the clauses prints for this handover, formatted for the document's language. */
export function clauseValues(
  papers: HandoverPapers,
  organisation: OrganisationIdentity,
  lender: LenderSignatory,
  retentionMonths: number,
  lang: Lang,
  t: Translate,
): PlaceholderValues {
  const { terms } = papers;
  const recipient = terms.recipient;
  const contact = printedContact(organisation);
  return {
    organisation_name: organisation.name ?? '',
    organisation_address: addressOnOneLine(organisation.address),
    organisation_contact: contact || (organisation.name ?? ''),
    // « SIRET 123 456 789 00012 » never breaks inside.
    organisation_registration: (organisation.registration ?? '').replace(/ /g, '\u00a0'),
    organisation_dpo: organisation.dpoContact ? unbreakable(organisation.dpoContact) : t('paper.noDpo'),
    organisation_signatory: [lender.name, lender.title].filter(Boolean).join(', '),
    programme_name: terms.programme.name,
    programme_funder: terms.programme.funder ?? '',
    beneficiary_name: personName(recipient),
    beneficiary_reference: recipient.type === 'beneficiary' ? (recipient.reference ?? '') : '',
    guardian_name: recipient.type === 'beneficiary' ? (recipient.guardianName ?? '') : (recipient.contactName ?? ''),
    guardian_capacity:
      recipient.type === 'beneficiary' ? (guardianCapacity(t, recipient) ?? '') : t('paper.institutionCapacityBlank'),
    partner_name: terms.referringPartner.name,
    handover_number: papers.number,
    handover_date: formatDay(lang, terms.handedOn),
    return_date: terms.dueOn ? formatDay(lang, terms.dueOn) : '',
    loan_duration: terms.dueOn ? loanLength(t, terms.handedOn, terms.dueOn) : '',
    item_count: String(papers.items.length),
    total_value: papers.totalValueCents === null ? t('paper.valueNotSet') : euros(lang, papers.totalValueCents),
    retention_period: t('paper.months', { count: retentionMonths }),
    sim_lines: simLines(t, papers.items),
  };
}
