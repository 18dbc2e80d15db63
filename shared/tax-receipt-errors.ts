/**
 * The error codes of donors' tax receipts. `errors.ts` merges them into the API's closed list;
 * `i18n/catalog/tax-receipts.ts` gives each its French and English message, checked at compile time.
 */
export const TAX_RECEIPT_ERROR_CODES = [
  'tax_receipt_valuation_missing',
  'tax_receipt_siren_invalid',
  'tax_receipt_siren_missing',
  'tax_receipt_legal_form_missing',
  'tax_receipt_address_missing',
  'tax_receipt_eligibility_missing',
  'tax_receipt_organisation_incomplete',
  'tax_receipt_donor_kind',
  'tax_receipt_no_goods',
  'tax_receipt_already_issued',
  'tax_receipt_not_found',
  'tax_receipt_already_cancelled',
  'tax_receipt_cancel_reason_missing',
] as const;
export type TaxReceiptErrorCode = (typeof TAX_RECEIPT_ERROR_CODES)[number];
