import type { AgreementTemplate } from '../../../shared/contract/agreements-types';
import type { PlaceholderValues } from '../../../shared/domain/agreement-placeholders';
import { formatEuros } from '../../../shared/format';
import type { Format } from '../../components/format';
import type { T } from '../../i18n/useT';

/** Believable values for the preview: the programme's own name and values, a made-up person and dates. */
export function sampleValues(template: AgreementTemplate, t: T, format: Format): PlaceholderValues {
  const total = template.itemValues.find((value) => value.item === 'laptop')?.valueCents ?? null;
  return {
    organisation_name: template.organisationName ?? '—',
    organisation_address: '8 rue de l’Exemple, 69003 Lyon',
    organisation_contact: 'contact@exemple.org',
    organisation_registration: 'SIRET 123 456 789 00012',
    organisation_dpo: 'dpo@exemple.org',
    organisation_signatory: t('template.sample.signatory'),
    programme_name: template.programmeName,
    programme_funder: '—',
    beneficiary_name: t('template.sample.beneficiary'),
    beneficiary_reference: 'EX-2026-001',
    guardian_name: t('template.sample.guardian'),
    guardian_capacity: t('paper.guardianCapacity', { name: t('template.sample.beneficiary') }),
    partner_name: t('template.sample.partner'),
    handover_number: 'RM-2026-0001',
    handover_date: format.day('2026-09-07'),
    return_date: format.day('2027-07-02'),
    loan_duration: t('paper.days', { count: 298 }),
    item_count: '1',
    total_value: total === null ? t('paper.valueNotSet') : formatEuros(template.lang, total),
    retention_period: t('paper.months', { count: template.retentionMonths }),
    sim_lines: '+33612345678 (Orange · Mobicarte 20 Go)',
  };
}
