/**
 * The closed vocabularies of lending (partners, programmes, beneficiaries, handovers) and the calendar arithmetic
 * its rules need. Plain TypeScript: the renderer offers exactly what main accepts.
 */
import { DEVICE_KINDS, type DeviceKind, type OperatorRole } from './values';

export const PARTNER_KINDS = [
  'school',
  'social_service',
  'mission_locale',
  'child_protection',
  'foster_carer',
  'institution',
  'association',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/**
 * Who a beneficiary is, as the funders count them. Never why a person is supported: no field anywhere says so.
 */
export const BENEFICIARY_CATEGORIES = [
  'pupil',
  'child_in_care',
  'welfare_recipient',
  'young_person',
  'social_service_user',
  'other',
] as const;
export type BeneficiaryCategory = (typeof BENEFICIARY_CATEGORIES)[number];

export const HANDOVER_KINDS = ['loan', 'donation'] as const;
export type HandoverKind = (typeof HANDOVER_KINDS)[number];

/** Which agreement text the documents desk prints for a programme's handovers. */
export const AGREEMENT_VARIANTS = ['standard', 'minor', 'donation', 'institution'] as const;
export type AgreementVariant = (typeof AGREEMENT_VARIANTS)[number];

/** What a programme counts against its targets: each kind of device, and SIM cards. */
export const TARGET_ITEMS = [...DEVICE_KINDS, 'sim'] as const;
export type TargetItem = DeviceKind | 'sim';

/** What happens to a SIM card handed back at the returns desk. */
export const SIM_RETURN_OUTCOMES = ['restock', 'deactivate'] as const;
export type SimReturnOutcome = (typeof SIM_RETURN_OUTCOMES)[number];

/**
 * For a minor, someone must sign with them: the legal guardian, or for a child in care the responsible referent
 * of the child-protection service. Returns which of the two the form asks for.
 */
export function responsiblePersonKind(category: BeneficiaryCategory): 'guardian' | 'care_referent' {
  return category === 'child_in_care' ? 'care_referent' : 'guardian';
}

export const DEFAULT_ANONYMISE_AFTER_MONTHS = 24;

/**
 * Who manages lending (partners, programmes, people, handovers, SIM intake, codes), who works the returns desk and
 * who sets the retention period. The contract gates its methods with these very lists and the renderer offers
 * actions by them, so both say the same; they live here, without zod, to keep zod out of the renderer's bundle.
 */
export const COORDINATION = ['coordinator', 'admin'] as const satisfies readonly OperatorRole[];
export const RETURNS_DESK = ['technician', 'coordinator', 'admin'] as const satisfies readonly OperatorRole[];
export const RETENTION_ROLES = ['admin'] as const satisfies readonly OperatorRole[];
export const LENDING_MANAGER_ROLES: readonly OperatorRole[] = COORDINATION;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(day: string): Date {
  const match = ISO_DATE.exec(day);
  if (!match) throw new RangeError(`not an ISO date: ${day}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `2026-01-30` + 2 days = `2026-02-01`. Calendar days, no time zone involved. */
export function addDays(day: string, days: number): string {
  const date = parseDay(day);
  date.setUTCDate(date.getUTCDate() + days);
  return formatDay(date);
}

/** Calendar months, clamped to the month's last day: `2026-08-31` + 6 months = `2027-02-28`. */
export function addMonths(day: string, months: number): string {
  const date = parseDay(day);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return formatDay(target);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / 86_400_000);
}

/** The calendar day of an instant where the desk is (the machine's local time), as `YYYY-MM-DD`. */
export function localDay(instant: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}
