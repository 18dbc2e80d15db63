/**
 * The error the renderer itself answers when main cannot be reached (server stopped, process crashed, an answer that
 * is not the API's JSON). `errors.ts` merges it into the API's closed list; `i18n/catalog/data-layer.ts` words it.
 */
export const TRANSPORT_ERROR_CODES = ['transport_failed'] as const;
export type TransportErrorCode = (typeof TRANSPORT_ERROR_CODES)[number];
