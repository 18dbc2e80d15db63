/**
 * The error codes of the process that runs the API apart from the window and the HTTP server: what a caller is
 * told when that process has stopped. `errors.ts` merges them into the API's closed list;
 * `i18n/catalog/api-host.ts` gives each its French and English message.
 */
export const API_HOST_ERROR_CODES = ['api_unavailable', 'document_changed_while_rendering'] as const;
export type ApiHostErrorCode = (typeof API_HOST_ERROR_CODES)[number];
