/**
 * The error codes of agreement templates, signatures and signed copies. `errors.ts` merges them into the API's
 * closed list; `i18n/catalog/documents-lending/errors.ts` gives each its French and English message.
 */
export const AGREEMENT_ERROR_CODES = [
  'template_empty',
  'template_placeholder_unknown',
  'template_placeholder_not_for_kind',
  'template_brace_malformed',
  'signature_invalid',
  'signature_signer_not_applicable',
  'signed_copy_invalid',
  'return_not_in_handover',
  'agreement_kind_mismatch',
  'agreement_organisation_incomplete',
  'receipt_proof_after_handover',
] as const;
export type AgreementErrorCode = (typeof AGREEMENT_ERROR_CODES)[number];
