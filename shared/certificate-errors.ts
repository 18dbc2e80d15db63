/**
 * The error codes of erasure certificates and of the certificate's fields on erasure records. `errors.ts` merges
 * them into the API's closed list; `i18n/catalog/certificates.ts` gives each its French and English message.
 */
export const CERTIFICATE_ERROR_CODES = [
  'certificate_erasure_unverified',
  'certificate_device_unverified',
  'certificate_devices_unverified',
  'erasure_backup_location_missing',
] as const;
export type CertificateErrorCode = (typeof CERTIFICATE_ERROR_CODES)[number];
