/**
 * The error codes of reading an import file (the whole file refused), and the codes of the issues a reader raises
 * about one row or record (refusals) or flags for a look (warnings). `errors.ts` merges the error codes into the
 * API's closed list; `i18n/catalog/imports.ts` gives each error and each issue its French and English message
 * (`error.<code>` and `importIssue.<code>`).
 */
export const IMPORT_ERROR_CODES = [
  'import_format_unknown',
  'import_file_empty',
  'import_file_damaged',
  'import_format_mismatch',
  'import_sheet_empty',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** Refusals of one row or record: the row is not imported, the rest of the file is. */
export const IMPORT_ROW_ISSUE_CODES = ['cell_excel_scientific', 'cell_imei_invalid'] as const;

/** Things to look at: the row or record is imported as read. */
export const IMPORT_WARNING_CODES = [
  'serial_placeholder',
  'header_blank',
  'header_repeated',
  'kind_unknown',
  'number_invalid',
  'imei_checksum',
  'drive_reallocated_sectors',
  'drive_health_failed',
  'erasure_status_unknown',
  'pdf_no_text',
  'snapshot_without_device',
  'rows_without_data',
] as const;

export const IMPORT_ISSUE_CODES = [...IMPORT_ROW_ISSUE_CODES, ...IMPORT_WARNING_CODES] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];
