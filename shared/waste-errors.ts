/**
 * The error codes of the recycling register. `errors.ts` merges them into the API's closed list;
 * `i18n/catalog/waste.ts` gives each its French and English message, checked at compile time.
 */
export const WASTE_ERROR_CODES = ['waste_transport_required', 'waste_transport_format'] as const;
export type WasteErrorCode = (typeof WASTE_ERROR_CODES)[number];
