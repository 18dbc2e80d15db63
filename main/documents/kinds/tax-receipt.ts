import { defineKind } from '../kind';
import { loadTaxReceipt, type TaxReceiptData } from '../tax-receipt/load';
import { renderTaxReceipt } from '../tax-receipt/render';

/** The donor's tax receipt for a batch given in kind: cerfa 2041-MEC-SD (company) or 11580 (individual). */
export const taxReceiptKind = defineKind<TaxReceiptData>({
  kind: 'tax-receipt',
  subjectTypes: ['batch'],
  formats: ['a4'],
  roles: ['coordinator', 'admin'],
  load: loadTaxReceipt,
  render: renderTaxReceipt,
});
