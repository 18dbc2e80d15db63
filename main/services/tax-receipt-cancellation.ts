import { createHash } from 'node:crypto';
import type { CancelledTaxReceipt } from '../../shared/contract/tax-receipts';
import { renderJob } from '../documents/render-job';
import { receiptData } from '../documents/tax-receipt/load';
import { organisationTimeZone } from '../documents/time-zone';
import { DomainError } from '../errors';
import type { Store } from '../store/store';
import { readOrganisation } from './organisation';
import { write, type Actor } from './unit-of-work';

/**
 * Cancels a receipt issued in error (a wrong value, a wrong donor identity). Its number is neither reused nor
 * deleted: the receipt stays in the records, and reprints from now on as a copy marked « ANNULÉ » with the date and
 * the reason, drawn here from the same data it was issued with (the batch's value cannot change while it is valid).
 * The batch may then take a new receipt, with a new number, naming this one. One transaction, with its event.
 */
export function cancelTaxReceipt(
  store: Store,
  actor: Actor,
  input: { reference: string; reason: string },
): CancelledTaxReceipt {
  const reason = input.reason.trim();
  if (reason.length === 0) throw new DomainError('tax_receipt_cancel_reason_missing', {}, 'reason');
  return write(store, actor, (tx) => {
    const document = store.documents.get(input.reference);
    if (document?.kind !== 'tax-receipt' || document.subjectType !== 'batch')
      throw new DomainError('tax_receipt_not_found', { reference: input.reference }, 'reference');
    const batchId = document.subjectIds[0];
    if (batchId === undefined) throw new Error('a tax receipt names its batch');
    if (store.taxReceipts.issuedFor(batchId) !== document.reference)
      throw new DomainError('tax_receipt_already_cancelled', { reference: document.reference }, 'reference');
    const data = receiptData(store, batchId, 'copy');
    const pdf = renderJob({
      kind: 'tax-receipt',
      data: { ...data, cancelled: { at: tx.now, reason } },
      lang: document.lang,
      reference: document.reference,
      issuedAt: document.createdAt,
      organisation: readOrganisation(store),
      timeZone: organisationTimeZone(store),
      operator: document.operator,
      format: document.format,
    });
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    store.taxReceipts.cancel({
      documentId: document.id,
      reason,
      amountCents: data.amountCents,
      content: pdf,
      sha256,
      by: actor.id,
      now: tx.now,
    });
    tx.record('document', document.id, 'document.tax_receipt_cancelled', {
      reference: document.reference,
      batchId,
      reason,
      amountCents: data.amountCents,
      sha256,
    });
    return { reference: document.reference, batchId, cancelledAt: tx.now, reason };
  });
}
