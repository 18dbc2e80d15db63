/**
 * Why a scanned serial or IMEI is refused, and what a scan may warn about. `errors.ts` merges them into the API's
 * closed lists; `i18n/catalog/scan-rules.ts` gives each its French and English message.
 */
export const SCAN_ERROR_CODES = [
  'scan_control_characters',
  'scan_url',
  'serial_too_short',
  'serial_too_long',
  'serial_characters',
] as const;
export type ScanErrorCode = (typeof SCAN_ERROR_CODES)[number];

export const SCAN_WARNING_CODES = ['serial_from_support_url', 'serial_placeholder'] as const;
export type ScanWarningCode = (typeof SCAN_WARNING_CODES)[number];
