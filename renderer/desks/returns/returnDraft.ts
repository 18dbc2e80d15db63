/** What the returns desk gathers for one handover before confirming: the items handed back and how they came. */
import type { HandoverDetail, HandoverItem } from '../../../shared/contract/lending-types';
import type { SimReturnOutcome } from '../../../shared/domain/lending';
import type { AppearanceGrade } from '../../../shared/domain/values';

export interface ItemDraft {
  condition: string;
  grade: AppearanceGrade | '';
  simOutcome: SimReturnOutcome;
}

export const freshItem = (): ItemDraft => ({ condition: '', grade: '', simOutcome: 'restock' });

export interface ReturnDraft {
  handover: HandoverDetail;
  /** Item id → how it came back; insertion order is the scanning order. */
  items: Map<number, ItemDraft>;
  /** Indexes into the handover's accessories that did not come back. */
  missing: Set<number>;
  otherMissing: string;
  returnedOn: string;
  notes: string;
}

export const openItems = (handover: HandoverDetail): HandoverItem[] =>
  handover.items.filter((item) => item.returned === null);

export function returnInput(draft: ReturnDraft) {
  const accessories = draft.handover.terms.accessories;
  const missing = [...draft.missing].sort((a, b) => a - b).flatMap((index) => accessories[index] ?? []);
  if (draft.otherMissing.trim() !== '') missing.push(draft.otherMissing.trim());
  return {
    items: [...draft.items].map(([itemId, item]) => ({
      itemId,
      condition: item.condition,
      grade: item.grade === '' ? null : item.grade,
      simOutcome: item.simOutcome,
    })),
    returnedOn: draft.returnedOn,
    missingAccessories: missing,
    notes: draft.notes,
  };
}

/** What became of each item, for the confirmation shown after the return. */
export interface Outcome {
  label: string;
  result: 'erasure' | SimReturnOutcome;
}

export function outcomesOf(draft: ReturnDraft): Outcome[] {
  return [...draft.items].flatMap(([itemId, item]) => {
    const handed = draft.handover.items.find((candidate) => candidate.id === itemId);
    if (!handed) return [];
    return [{ label: handed.label, result: handed.type === 'device' ? 'erasure' : item.simOutcome }];
  });
}
