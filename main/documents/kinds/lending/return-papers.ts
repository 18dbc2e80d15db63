/** What a return receipt reads: the return, the handover it closes (or not), and each item as it came back. */
import type { ItemReturn, ReturnRecord, TermsItem } from '../../../../shared/contract/lending-types';
import { DomainError } from '../../../errors';
import type { Store } from '../../../store/store';
import { loadPapers, signaturesOfSubject, type HandoverPapers } from './papers';

export interface ReturnedItem {
  item: TermsItem;
  returned: ItemReturn;
}

export interface ReturnPapers {
  handover: HandoverPapers;
  record: ReturnRecord;
  items: ReturnedItem[];
  /** Labels of the handover's items still out once this return was recorded. */
  stillOut: string[];
}

export function loadReturnPapers(store: Store, returnId: number): ReturnPapers {
  const handoverId = store.returns.handoverOf(returnId);
  const notFound = () =>
    new DomainError('not_found', { entity: 'entity.return', ref: String(returnId) }, 'subject.ids');
  if (handoverId === null) throw notFound();
  const handover = loadPapers(store, handoverId);
  const record = store.returns.forHandover(handoverId).find((entry) => entry.id === returnId);
  if (!record) throw notFound();
  const rows = store.handovers.items(handoverId);
  const termsOf = (row: (typeof rows)[number]) =>
    handover.items.find((item) => (item.type === 'device' ? item.deviceId === row.deviceId : item.simId === row.simId));
  const items: ReturnedItem[] = [];
  const stillOut: string[] = [];
  for (const row of rows) {
    const item = termsOf(row);
    if (!item) continue;
    if (row.returned?.returnId === returnId) items.push({ item, returned: row.returned });
    // As it stood that day: an item brought back by a later return was still out then.
    else if (row.returned === null || row.returned.returnId > returnId) stillOut.push(row.label);
  }
  return {
    handover: { ...handover, signatures: signaturesOfSubject(store, handoverId, returnId) },
    record,
    items,
    stillOut,
  };
}
