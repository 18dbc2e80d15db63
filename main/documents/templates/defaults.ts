import type { HandoverKind } from '../../../shared/domain/lending';
import type { Lang } from '../../../shared/i18n';
import { DEFAULT_DONATION_CLAUSES } from './donation';
import { DEFAULT_LOAN_CLAUSES } from './loan';

/** The clauses a programme prints until it saves its own text for that kind and language. */
export function defaultClauses(kind: HandoverKind, lang: Lang): string {
  return (kind === 'loan' ? DEFAULT_LOAN_CLAUSES : DEFAULT_DONATION_CLAUSES)[lang];
}
