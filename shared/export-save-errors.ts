/**
 * The error codes of saving an export or a document from the desktop app (`exports.save`, `documents.save`). `errors.ts` merges them into the
 * API's closed list; `i18n/catalog/export-save.ts` gives each its French and English message.
 */
export const EXPORT_SAVE_ERROR_CODES = ['export_not_ready', 'save_as_desktop_only', 'export_save_failed'] as const;
export type ExportSaveErrorCode = (typeof EXPORT_SAVE_ERROR_CODES)[number];
