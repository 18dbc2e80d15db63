/**
 * The error codes of bringing a database's schema up to date. `errors.ts` merges them into the API's closed list;
 * `i18n/catalog/migration-errors.ts` gives each its French and English message.
 */
export const MIGRATION_ERROR_CODES = ['migration_failed'] as const;
export type MigrationErrorCode = (typeof MIGRATION_ERROR_CODES)[number];
