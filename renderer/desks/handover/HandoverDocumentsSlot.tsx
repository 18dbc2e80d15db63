import type { HandoverDetail } from '../../../shared/contract/lending-types';
import { HandoverPapers } from '../../lending';

/**
 * THE PLACE FOR THE HANDOVER'S PAPERS, shown right after the confirmation: the signature pads (recipient, the legal
 * guardian or care referent for a minor, staff) and the « print agreement / receipt » buttons
 * (renderer/lending/signature). It takes the focus, so that a stray Enter lands where it does nothing.
 */
export function HandoverDocumentsSlot({ handover }: { handover: HandoverDetail }) {
  return <HandoverPapers handover={handover} focusOnMount />;
}
