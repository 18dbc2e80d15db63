/**
 * The error codes of the database's full check: writes wait for it after an unclean shutdown. `errors.ts` merges
 * them into the API's closed list; `i18n/catalog/store-check.ts` gives each its French and English message.
 */
export const STORE_CHECK_ERROR_CODES = ['database_checking'] as const;
export type StoreCheckErrorCode = (typeof STORE_CHECK_ERROR_CODES)[number];
