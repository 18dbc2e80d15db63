/**
 * The error codes of the data folder and its database file: what stops Rebond from opening or writing, each with
 * its own message saying what to do. `errors.ts` merges them into the API's closed list;
 * `i18n/catalog/storage.ts` gives each its French and English message.
 */
export const STORAGE_ERROR_CODES = [
  'data_folder_missing',
  'data_folder_read_only',
  'data_disk_full',
  'data_permission_denied',
  'data_folder_moved',
  'database_not_a_file',
  'database_missing',
  'database_cannot_open',
  'database_engine_unavailable',
  'database_damaged_backup',
  'database_empty',
  'database_not_migrated',
] as const;
export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];
