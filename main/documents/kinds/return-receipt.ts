import { defineKind } from '../kind';
import { loadReturnReceipt, renderReturnReceipt } from './lending/return-document';
import type { ReturnPapers } from './lending/return-papers';

/** The return receipt (récépissé de retour), issued at the returns desk, technicians included. */
export const returnReceiptKind = defineKind<ReturnPapers>({
  kind: 'return-receipt',
  subjectTypes: ['return'],
  formats: ['a4'],
  roles: ['technician', 'coordinator', 'admin'],
  load: loadReturnReceipt,
  render: renderReturnReceipt,
});
