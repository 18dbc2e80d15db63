import type { OrganisationIdentity } from '../../../../shared/contract/documents';
import type { PlaceholderValues } from '../../../../shared/domain/agreement-placeholders';
import type { Lang } from '../../../../shared/i18n';
import { formatDay } from '../../pdf';
import { euros, loanLength, personName, type Translate } from './format';
import type { HandoverPapers } from './papers';

/** What each placeholder of the clauses prints for this handover, formatted for the document's language. */
export function clauseValues(
  papers: HandoverPapers,
  organisation: OrganisationIdentity,
  retentionMonths: number,
  lang: Lang,
  t: Translate,
): PlaceholderValues {
  const { terms } = papers;
  const recipient = terms.recipient;
  return {
    organisation_name: organisation.name ?? '',
    organisation_address: (organisation.address ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean).join(', '),
    organisation_contact: [organisation.email, organisation.phone].filter(Boolean).join(', ') || (organisation.name ?? ''),
    programme_name: terms.programme.name,
    programme_funder: terms.programme.funder ?? '',
    beneficiary_name: personName(recipient),
    beneficiary_reference: recipient.type === 'beneficiary' ? (recipient.reference ?? '') : '',
    guardian_name: recipient.type === 'beneficiary' ? (recipient.guardianName ?? '') : (recipient.contactName ?? ''),
    partner_name: terms.referringPartner.name,
    handover_number: papers.number,
    handover_date: formatDay(lang, terms.handedOn),
    return_date: terms.dueOn ? formatDay(lang, terms.dueOn) : '',
    loan_duration: terms.dueOn ? loanLength(t, terms.handedOn, terms.dueOn) : '',
    item_count: String(papers.items.length),
    total_value: papers.totalValueCents === null ? t('paper.valueNotSet') : euros(lang, papers.totalValueCents),
    retention_period: t('paper.months', { count: retentionMonths }),
  };
}
