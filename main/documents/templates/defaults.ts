import type { ClauseVariant } from '../../../shared/domain/agreement-variants';
import type { Lang } from '../../../shared/i18n';
import { DEFAULT_ADULT_CLAUSES } from './adult';
import { DEFAULT_DONATION_CLAUSES } from './donation';
import { DEFAULT_INSTITUTION_CLAUSES } from './institution';
import { DEFAULT_MINOR_CLAUSES } from './minor';

const DEFAULTS: Record<ClauseVariant, Record<Lang, string>> = {
  adult: DEFAULT_ADULT_CLAUSES,
  minor: DEFAULT_MINOR_CLAUSES,
  institution: DEFAULT_INSTITUTION_CLAUSES,
  donation: DEFAULT_DONATION_CLAUSES,
};

/** The clauses a programme prints until it saves its own text for that variant and language. */
export function defaultClauses(variant: ClauseVariant, lang: Lang): string {
  return DEFAULTS[variant][lang];
}
