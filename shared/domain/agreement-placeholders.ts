/**
 * The named placeholders an agreement text may use, e.g. `{beneficiaire.nom}` in French or `{beneficiary.name}`
 * in English. Each language has its own names so that a coordinator reads the template in their language; the
 * placeholder's id is the same in both.
 */
import type { Lang } from '../i18n/define';
import type { HandoverKind } from './lending';

export interface PlaceholderDef {
  fr: string;
  en: string;
  /** Only meaningful for these kinds of handover (a donation has no return date). */
  kinds: readonly HandoverKind[];
}

const BOTH: readonly HandoverKind[] = ['loan', 'donation'];
const LOAN: readonly HandoverKind[] = ['loan'];

export const PLACEHOLDERS = {
  organisation_name: { fr: 'organisation.nom', en: 'organisation.name', kinds: BOTH },
  organisation_address: { fr: 'organisation.adresse', en: 'organisation.address', kinds: BOTH },
  organisation_contact: { fr: 'organisation.contact', en: 'organisation.contact', kinds: BOTH },
  programme_name: { fr: 'programme.nom', en: 'programme.name', kinds: BOTH },
  programme_funder: { fr: 'programme.financeur', en: 'programme.funder', kinds: BOTH },
  beneficiary_name: { fr: 'beneficiaire.nom', en: 'beneficiary.name', kinds: BOTH },
  beneficiary_reference: { fr: 'beneficiaire.reference', en: 'beneficiary.reference', kinds: BOTH },
  guardian_name: { fr: 'representant.nom', en: 'guardian.name', kinds: BOTH },
  partner_name: { fr: 'partenaire.nom', en: 'partner.name', kinds: BOTH },
  handover_number: { fr: 'remise.numero', en: 'handover.number', kinds: BOTH },
  handover_date: { fr: 'remise.date', en: 'handover.date', kinds: BOTH },
  return_date: { fr: 'date_retour', en: 'return_date', kinds: LOAN },
  loan_duration: { fr: 'duree_pret', en: 'loan_duration', kinds: LOAN },
  item_count: { fr: 'nombre_equipements', en: 'item_count', kinds: BOTH },
  total_value: { fr: 'valeur_totale', en: 'total_value', kinds: BOTH },
  retention_period: { fr: 'duree_conservation', en: 'retention_period', kinds: BOTH },
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

/** The placeholders offered to a template of this kind, in the order the editor lists them. */
export function placeholdersFor(kind: HandoverKind): PlaceholderId[] {
  return PLACEHOLDER_IDS.filter((id) => (PLACEHOLDERS[id].kinds as readonly HandoverKind[]).includes(kind));
}
