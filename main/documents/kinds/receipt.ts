import { defineKind } from '../kind';
import { loadReceipt, renderReceipt, type ReceiptData } from './lending/receipt-document';

/** The handover receipt (récépissé de remise), for a loan or a donation alike. */
export const receiptKind = defineKind<ReceiptData>({
  kind: 'receipt',
  subjectTypes: ['handover'],
  formats: ['a4'],
  roles: ['coordinator', 'admin'],
  load: loadReceipt,
  render: renderReceipt,
});
