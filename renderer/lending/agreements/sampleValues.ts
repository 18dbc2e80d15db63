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
    programme_name: template.programmeName,
    programme_funder: '—',
    beneficiary_name: t('template.sample.beneficiary'),
    beneficiary_reference: 'EX-2026-001',
    guardian_name: t('template.sample.guardian'),
    partner_name: t('template.sample.partner'),
    handover_number: 'RM-2026-0001',
    handover_date: format.day('2026-09-07'),
    return_date: format.day('2027-07-02'),
    loan_duration: t('paper.days', { count: 298 }),
    item_count: '1',
    total_value: total === null ? t('paper.valueNotSet') : formatEuros(template.lang, total),
    retention_period: t('paper.months', { count: template.retentionMonths }),
  };
}
