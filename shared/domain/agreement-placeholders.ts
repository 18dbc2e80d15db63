/**
 * The named placeholders an agreement text may use, e.g. `{beneficiaire.nom}` in French or `{beneficiary.name}`
 * in English. Each language has its own names so that a coordinator reads the template in their language; the
 * placeholder's id is the same in both.
 */
import type { Lang } from '../i18n/define';
import type { ClauseVariant } from './agreement-variants';

export interface PlaceholderDef {
  fr: string;
  en: string;
  /** Only meaningful for these variants (a donation has no return date, only a minor has a guardian). */
  variants: readonly ClauseVariant[];
}

const ALL: readonly ClauseVariant[] = ['adult', 'minor', 'institution', 'donation'];
const LOAN: readonly ClauseVariant[] = ['adult', 'minor', 'institution'];
const PERSON: readonly ClauseVariant[] = ['adult', 'minor', 'donation'];

export const PLACEHOLDERS = {
  organisation_name: { fr: 'organisation.nom', en: 'organisation.name', variants: ALL },
  organisation_address: { fr: 'organisation.adresse', en: 'organisation.address', variants: ALL },
  organisation_contact: { fr: 'organisation.contact', en: 'organisation.contact', variants: ALL },
  organisation_registration: { fr: 'organisation.immatriculation', en: 'organisation.registration', variants: ALL },
  organisation_dpo: { fr: 'organisation.dpo', en: 'organisation.dpo', variants: ALL },
  organisation_signatory: { fr: 'organisation.signataire', en: 'organisation.signatory', variants: ALL },
  programme_name: { fr: 'programme.nom', en: 'programme.name', variants: ALL },
  programme_funder: { fr: 'programme.financeur', en: 'programme.funder', variants: ALL },
  beneficiary_name: { fr: 'beneficiaire.nom', en: 'beneficiary.name', variants: ALL },
  beneficiary_reference: { fr: 'beneficiaire.reference', en: 'beneficiary.reference', variants: PERSON },
  guardian_name: { fr: 'representant.nom', en: 'guardian.name', variants: ALL },
  guardian_capacity: { fr: 'representant.qualite', en: 'guardian.capacity', variants: ['minor', 'institution'] },
  partner_name: { fr: 'partenaire.nom', en: 'partner.name', variants: ALL },
  handover_number: { fr: 'remise.numero', en: 'handover.number', variants: ALL },
  handover_date: { fr: 'remise.date', en: 'handover.date', variants: ALL },
  return_date: { fr: 'date_retour', en: 'return_date', variants: LOAN },
  loan_duration: { fr: 'duree_pret', en: 'loan_duration', variants: LOAN },
  item_count: { fr: 'nombre_equipements', en: 'item_count', variants: ALL },
  total_value: { fr: 'valeur_totale', en: 'total_value', variants: ALL },
  retention_period: { fr: 'duree_conservation', en: 'retention_period', variants: ALL },
  sim_lines: { fr: 'sim.lignes', en: 'sim.lines', variants: ALL },
} as const satisfies Record<string, PlaceholderDef>;

export type PlaceholderId = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_IDS = Object.keys(PLACEHOLDERS) as PlaceholderId[];

/** The values one agreement fills its placeholders with, already formatted for its language. */
export type PlaceholderValues = Record<PlaceholderId, string>;

const byName: Record<Lang, Map<string, PlaceholderId>> = {
  fr: new Map(PLACEHOLDER_IDS.map((id) => [PLACEHOLDERS[id].fr, id])),
  en: new Map(PLACEHOLDER_IDS.map((id) => [PLACEHOLDERS[id].en, id])),
};

export function placeholderByName(lang: Lang, name: string): PlaceholderId | null {
  return byName[lang].get(name) ?? null;
}

export function placeholderName(lang: Lang, id: PlaceholderId): string {
  return PLACEHOLDERS[id][lang];
}

export function placeholderFits(id: PlaceholderId, variant: ClauseVariant): boolean {
  return (PLACEHOLDERS[id].variants as readonly ClauseVariant[]).includes(variant);
}

/** The placeholders offered to a template of this variant, in the order the editor lists them. */
export function placeholdersFor(variant: ClauseVariant): PlaceholderId[] {
  return PLACEHOLDER_IDS.filter((id) => placeholderFits(id, variant));
}
