/**
 * The error codes of the import flow (preview, commit, review queue) and of the drive-health rule; `errors.ts` merges
 * them into the API's closed list, `i18n/catalog/imports-flow.ts` gives their French and English messages.
 */
export const IMPORT_FLOW_ERROR_CODES = [
  'import_device_unmatched',
  'import_device_not_found',
  'import_identifier_required',
  'import_already_imported',
  'import_record_conflict',
  'import_file_too_large',
  'import_queue_item_missing',
  'guard_drives_healthy',
] as const;
export type ImportFlowErrorCode = (typeof IMPORT_FLOW_ERROR_CODES)[number];
