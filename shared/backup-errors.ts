/**
 * The error codes of backups and restore. `errors.ts` merges them into the API's closed list;
 * `i18n/catalog/backups.ts` gives each its French and English message.
 */
export const BACKUP_ERROR_CODES = [
  'backup_folder_not_absolute',
  'backup_folder_missing',
  'backup_folder_not_writable',
  'backup_failed',
  'backup_verification_failed',
  'backup_not_found',
  'backup_not_verified',
  'backup_too_new',
  'database_in_use',
] as const;
export type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number];
