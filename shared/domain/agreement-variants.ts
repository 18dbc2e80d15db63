/**
 * Which text an agreement prints, from the handover itself: a donation; a set lent to an institution; a loan to a
 * minor (signed by the legal guardian or the child-protection referent); a loan to an adult. Each variant has its
 * own default clauses and its own editable text per programme.
 */
import type { HandoverKind } from './lending';

export const CLAUSE_VARIANTS = ['adult', 'minor', 'institution', 'donation'] as const;
export type ClauseVariant = (typeof CLAUSE_VARIANTS)[number];

export interface VariantSource {
  kind: HandoverKind;
  recipient: { type: 'beneficiary'; minor: boolean } | { type: 'partner' };
}

export function clauseVariantOf(handover: VariantSource): ClauseVariant {
  if (handover.kind === 'donation') return 'donation';
  if (handover.recipient.type === 'partner') return 'institution';
  return handover.recipient.minor ? 'minor' : 'adult';
}

/** The handover kind a variant's text is written for (a donation has no return date). */
export function kindOfVariant(variant: ClauseVariant): HandoverKind {
  return variant === 'donation' ? 'donation' : 'loan';
}
