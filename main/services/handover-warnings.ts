/**
 * What a handover warns about, from what the store knows: the facts `shared/domain/handover-warnings.ts` decides
 * on, gathered for the counter's preview and again inside the confirmation's transaction.
 */
import type { Programme } from '../../shared/contract/lending-types';
import { handoverWarnings, type HandoverWarningDraft } from '../../shared/domain/handover-warnings';
import type { Store } from '../store/store';
import type { CheckedItems } from './handover-checks';

export type WarningRecipient =
  | { type: 'beneficiary'; beneficiaryId: number }
  | { type: 'partner'; partnerId: number }
  | null;

export function warningsOf(
  store: Store,
  checked: CheckedItems,
  terms: { programme: Programme | null; handedOn: string; dueOn: string | null; recipient: WarningRecipient },
): HandoverWarningDraft[] {
  const person =
    terms.recipient?.type === 'beneficiary' ? store.beneficiaries.get(terms.recipient.beneficiaryId) : null;
  return handoverWarnings({
    handedOn: terms.handedOn,
    dueOn: terms.dueOn,
    programme: terms.programme,
    devices: checked.devices.map((device) => ({ id: device.id, assetTag: device.assetTag, kind: device.kind })),
    sims: checked.sims.map((sim) => ({
      id: sim.id,
      iccid: sim.iccid,
      phoneNumber: sim.phoneNumber,
      expiresOn: sim.expiresOn,
    })),
    recipientOpenHandovers: person ? person.openHandovers : null,
  });
}
