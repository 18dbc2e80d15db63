/**
 * The error codes of documents. `errors.ts` merges them into the API's closed list;
 * `i18n/catalog/documents/errors.ts` gives each its French and English message, checked at compile time.
 */
export const DOCUMENT_ERROR_CODES = [
  'document_kind_unavailable',
  'document_subject_unsupported',
  'document_format_unsupported',
  'document_not_found',
  'document_purged',
  'certificate_erasure_unproven',
  'certificate_devices_unproven',
  'certificate_device_unproven',
  'certificate_nothing_to_certify',
  'logo_unreadable',
] as const;
export type DocumentErrorCode = (typeof DOCUMENT_ERROR_CODES)[number];
