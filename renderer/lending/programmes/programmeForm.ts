import type { Input } from '../../../shared/contract';
import type { Programme } from '../../../shared/contract/lending-types';
import {
  TARGET_ITEMS,
  type AgreementVariant,
  type HandoverKind,
  type TargetItem,
} from '../../../shared/domain/lending';
import type { ApiError } from '../../../shared/errors';
import { parseWholeNumber } from '../../../shared/format';
import type { T } from '../../i18n/useT';
import { targetItemLabel } from '../shared/options';

/** What the programme dialog edits, as typed. */
export interface ProgrammeDraft {
  name: string;
  funder: string;
  startsOn: string;
  endsOn: string;
  defaultKind: HandoverKind;
  loanDays: string;
  agreementVariant: AgreementVariant;
  /** One box per item; blank means no target. */
  targets: Record<TargetItem, string>;
  notes: string;
}

export function draftOf(programme: Programme | null, today: string): ProgrammeDraft {
  const targets = Object.fromEntries(TARGET_ITEMS.map((item) => [item, ''])) as Record<TargetItem, string>;
  for (const target of programme?.targets ?? []) targets[target.item] = String(target.target);
  return {
    name: programme?.name ?? '',
    funder: programme?.funder ?? '',
    startsOn: programme?.startsOn ?? today,
    endsOn: programme?.endsOn ?? '',
    defaultKind: programme?.defaultKind ?? 'loan',
    loanDays: programme?.loanDays === null || programme?.loanDays === undefined ? '' : String(programme.loanDays),
    agreementVariant: programme?.agreementVariant ?? 'standard',
    targets,
    notes: programme?.notes ?? '',
  };
}

/** A whole number of at least 1, null when blank, undefined when it is not one. */
function positiveWhole(typed: string): number | null | undefined {
  const parsed = parseWholeNumber(typed);
  if (!parsed.ok || (parsed.value !== null && parsed.value < 1)) return undefined;
  return parsed.value;
}

function invalid(field: string, message: string): { error: ApiError } {
  return { error: { code: 'invalid_input', field, message } };
}

/**
 * The contract's input from the draft, or the first problem in the words of the catalogue: main checks the same
 * again, but a box left half-typed is better named here than as `targets.2.target`.
 */
export function inputOf(t: T, draft: ProgrammeDraft): { input: Input<'programmes.create'> } | { error: ApiError } {
  if (draft.name.trim() === '') return invalid('name', t('ui.required', { field: t('programmes.name') }));
  if (draft.startsOn === '') return invalid('startsOn', t('ui.required', { field: t('field.startsOn') }));
  const loanDays = positiveWhole(draft.loanDays);
  if (draft.defaultKind === 'loan' && loanDays === undefined) {
    return invalid('loanDays', t('programmes.wholeNumber', { field: t('field.loanDays') }));
  }
  const targets: { item: TargetItem; target: number }[] = [];
  for (const item of TARGET_ITEMS) {
    const target = positiveWhole(draft.targets[item]);
    if (target === undefined)
      return invalid(`targets.${item}`, t('programmes.wholeNumber', { field: targetItemLabel(t, item) }));
    if (target !== null) targets.push({ item, target });
  }
  return {
    input: {
      name: draft.name,
      funder: draft.funder,
      startsOn: draft.startsOn,
      endsOn: draft.endsOn === '' ? null : draft.endsOn,
      defaultKind: draft.defaultKind,
      loanDays: draft.defaultKind === 'loan' ? (loanDays ?? null) : null,
      agreementVariant: draft.agreementVariant,
      targets,
      notes: draft.notes,
    },
  };
}
