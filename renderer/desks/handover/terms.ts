/** The terms a programme suggests: its kind (loan or donation) and, for a loan, the due date from its duration. */
import type { Programme } from '../../../shared/contract/lending-types';
import { addDays } from '../../../shared/domain/lending';
import type { Terms } from './draft';

export function defaultDueOn(handedOn: string, programme: Programme | undefined): string {
  if (!programme?.loanDays || !/^\d{4}-\d{2}-\d{2}$/.test(handedOn)) return '';
  return addDays(handedOn, programme.loanDays);
}

/** The programme's defaults replace the kind and, unless typed by hand, the due date. */
export function withProgramme(terms: Terms, programme: Programme | undefined): Terms {
  return {
    ...terms,
    programmeId: programme?.id ?? null,
    kind: programme?.defaultKind ?? terms.kind,
    dueOn: terms.dueEdited ? terms.dueOn : defaultDueOn(terms.handedOn, programme),
  };
}

export function withHandedOn(terms: Terms, handedOn: string, programme: Programme | undefined): Terms {
  return { ...terms, handedOn, dueOn: terms.dueEdited ? terms.dueOn : defaultDueOn(handedOn, programme) };
}

/** A programme running on that day, when there is exactly one: the counter's usual case. */
export function runningProgramme(programmes: readonly Programme[], day: string): Programme | undefined {
  const running = programmes.filter((p) => p.startsOn <= day && (p.endsOn === null || p.endsOn >= day));
  return running.length === 1 ? running[0] : undefined;
}
