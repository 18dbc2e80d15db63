/** How lending documents print money, durations, items and people, in the document's language. */
import type { TermsItem, TermsRecipient } from '../../../../shared/contract/lending-types';
import { daysBetween, type HandoverKind } from '../../../../shared/domain/lending';
import { formatEuros, formatPhone } from '../../../../shared/format';
import type { MessageKey, MessageParams } from '../../../../shared/i18n';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** `1 234,56 €` in French (narrow no-break space between thousands, no-break space before the sign), `€1,234.56`. */
export const euros = formatEuros;

export function loanLength(t: Translate, handedOn: string, dueOn: string): string {
  return t('paper.days', { count: daysBetween(handedOn, dueOn) });
}

export function personName(recipient: TermsRecipient): string {
  if (recipient.type === 'partner') return recipient.name;
  return [recipient.firstName, recipient.lastName].filter(Boolean).join(' ') || (recipient.reference ?? '');
}

/** The guardian's or care referent's capacity, for a minor only. */
export function guardianHeading(recipient: TermsRecipient): MessageKey | null {
  if (recipient.type !== 'beneficiary' || !recipient.minor || !recipient.guardianName) return null;
  return recipient.guardianRole === 'care_referent' ? 'paper.careReferent' : 'paper.guardian';
}

export function itemKind(t: Translate, item: TermsItem): string {
  return item.type === 'sim' ? t('paper.sim') : t(`kind.${item.kind}`);
}

export function itemModel(t: Translate, item: TermsItem): string {
  if (item.type === 'device') return [item.make, item.model].filter(Boolean).join(' ') || '—';
  const plan = t('paper.simPlan', { operator: item.operator, plan: item.planName });
  if (item.planDataGb === null || item.planValidityDays === null) return plan;
  return `${plan} (${t('paper.simData', { gb: item.planDataGb, days: item.planValidityDays })})`;
}

/** IMEI for a device; ICCID and the number (national form) for a SIM card. */
export function itemIdentifiers(item: TermsItem): string {
  if (item.type === 'device') return item.imei || '—';
  return [item.iccid, formatPhone(item.phoneNumber)].filter(Boolean).join('\n');
}

export function itemLabel(item: TermsItem): string {
  return item.type === 'device' ? item.assetTag : item.iccid;
}

/** `Chargeur ×2, Housse` from the list the desk recorded (one entry per accessory handed over). */
export function accessoryList(accessories: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of accessories) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, count]) => (count > 1 ? `${name} ×${count}` : name)).join(', ');
}

/** « représentant légal de Léa Martin »: the capacity in which a minor's guardian or referent signs. */
export function guardianCapacity(t: Translate, recipient: TermsRecipient): string | null {
  const heading = guardianHeading(recipient);
  if (!heading) return null;
  return t(heading === 'paper.careReferent' ? 'paper.careReferentCapacity' : 'paper.guardianCapacity', {
    name: personName(recipient),
  });
}

function simPlan(t: Translate, item: Extract<TermsItem, { type: 'sim' }>): string {
  const plan = t('paper.simPlan', { operator: item.operator, plan: item.planName });
  if (item.planDataGb === null || item.planValidityDays === null) return plan;
  return `${plan}, ${t('paper.simData', { gb: item.planDataGb, days: item.planValidityDays })}`;
}

/** The SIM lines handed over, for the SIM clause: `+33612345678 (Orange · Mobicarte 20 Go, 20 Go, 30 jours)`. */
export function simLines(t: Translate, items: readonly TermsItem[]): string {
  return items
    .flatMap((item) =>
      item.type === 'sim'
        ? [
            item.phoneNumber
              ? t('paper.simLine', { number: formatPhone(item.phoneNumber), plan: simPlan(t, item) })
              : t('paper.simNoNumber', { iccid: item.iccid }),
          ]
        : [],
    )
    .join(' ; ');
}

/** An institution borrows a set, or receives it as a gift. */
export const institutionHeading = (kind: HandoverKind): MessageKey =>
  kind === 'donation' ? 'paper.institutionDonee' : 'paper.institution';
