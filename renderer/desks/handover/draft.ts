/** What the counter has gathered before confirming a handover: who, on which terms, what. */
import type { Beneficiary, Partner } from '../../../shared/contract/lending-types';
import type { HandoverKind } from '../../../shared/domain/lending';
import type { DeviceKind } from '../../../shared/domain/values';

export type Recipient = { type: 'beneficiary'; beneficiary: Beneficiary } | { type: 'partner'; partner: Partner };

export interface BasketItem {
  type: 'device' | 'sim';
  id: number;
  /** Asset tag or ICCID. */
  label: string;
  description: string;
  kind: DeviceKind | 'sim';
  /** Main's reason when the confirmation refused this item (it was fine when scanned). */
  refusal: string | null;
}

export interface Terms {
  programmeId: number | null;
  kind: HandoverKind;
  handedOn: string;
  /** `YYYY-MM-DD`, or '' while unknown; loans only. */
  dueOn: string;
  /** Typed by hand: a change of programme or date no longer recomputes it. */
  dueEdited: boolean;
  notes: string;
}

/** The handover's input as `handovers.create` takes it. */
export function createInput(
  recipient: Recipient,
  terms: Terms & { programmeId: number },
  items: readonly BasketItem[],
  accessories: readonly string[],
) {
  return {
    recipient:
      recipient.type === 'beneficiary'
        ? { type: 'beneficiary' as const, beneficiaryId: recipient.beneficiary.id }
        : { type: 'partner' as const, partnerId: recipient.partner.id },
    programmeId: terms.programmeId,
    kind: terms.kind,
    handedOn: terms.handedOn,
    dueOn: terms.kind === 'loan' && terms.dueOn !== '' ? terms.dueOn : null,
    deviceIds: items.filter((item) => item.type === 'device').map((item) => item.id),
    simIds: items.filter((item) => item.type === 'sim').map((item) => item.id),
    accessories: [...accessories],
    notes: terms.notes,
  };
}

/** The basket as `handovers.preview` takes it: whatever the counter has so far, recipient and programme included. */
export function previewInput(recipient: Recipient | null, terms: Terms, items: readonly BasketItem[]) {
  return {
    recipient: recipient
      ? recipient.type === 'beneficiary'
        ? { type: 'beneficiary' as const, beneficiaryId: recipient.beneficiary.id }
        : { type: 'partner' as const, partnerId: recipient.partner.id }
      : null,
    programmeId: terms.programmeId,
    kind: terms.kind,
    handedOn: /^\d{4}-\d{2}-\d{2}$/.test(terms.handedOn) ? terms.handedOn : null,
    dueOn: terms.kind === 'loan' && /^\d{4}-\d{2}-\d{2}$/.test(terms.dueOn) ? terms.dueOn : null,
    deviceIds: items.filter((item) => item.type === 'device').map((item) => item.id),
    simIds: items.filter((item) => item.type === 'sim').map((item) => item.id),
  };
}
