/**
 * The error codes of taking a drive out of a device (removed, or replaced by another); `errors.ts` merges them into
 * the API's closed list, `i18n/catalog/drive-removal.ts` gives their French and English messages.
 */
export const DRIVE_ERROR_CODES = [
  'drive_not_in_device',
  'drive_already_removed',
  'drive_change_not_allowed_in_state',
] as const;
export type DriveErrorCode = (typeof DRIVE_ERROR_CODES)[number];
