/**
 * The error codes of asset labels. `errors.ts` merges them into the API's closed list;
 * `i18n/catalog/documents/labels.ts` gives each its French and English message, checked at compile time.
 */
export const LABEL_ERROR_CODES = ['label_device_gone', 'labels_all_gone', 'labels_start_sheet_only'] as const;
export type LabelErrorCode = (typeof LABEL_ERROR_CODES)[number];
