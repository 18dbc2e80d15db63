/**
 * CSV spreadsheets as real sites send them: UTF-8 with or without BOM, or Windows-1252; `;`, `,` or tab between
 * cells (found from the header line); LF, CRLF or CR-only line ends; quoted cells holding separators or line ends.
 */
import { parse } from 'csv-parse/sync';
import type { ColumnMapping, ParsedImport } from '../../../shared/domain/import-records';
import { DomainError } from '../../errors';
import { readSheetRows, type SheetRow } from './sheet-rows';
import { decodeText } from './text-decoding';

const DELIMITERS = [';', ',', '\t'] as const;

/** The delimiter used most often outside quotes on the first non-empty line. */
export function detectDelimiter(content: string): string {
  const firstLine = content.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = unquoted.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** The rows of a CSV text, numbered by the line each row starts on. */
export function csvRows(content: string, name: string): SheetRow[] {
  const delimiter = detectDelimiter(content);
  // Without quotes a row is a line: numbering needs no help from the parser (which halves its speed).
  const info = content.includes('"');
  let parsed: unknown[];
  try {
    parsed = parse(content, {
      delimiter,
      bom: true,
      info,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as unknown[];
  } catch (error) {
    throw new DomainError('import_file_damaged', {
      name,
      format: 'CSV',
      detail: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
    });
  }
  if (!info) return (parsed as string[][]).map((record, index) => ({ at: index + 1, cells: record }));
  let previousEnd = 0;
  return (parsed as { record: string[]; info: { lines: number } }[]).map(({ record, info: where }) => {
    const row = { at: previousEnd + 1, cells: record };
    previousEnd = where.lines;
    return row;
  });
}

export function readCsv(bytes: Uint8Array, name: string, mapping?: ColumnMapping): ParsedImport {
  const { text, encoding } = decodeText(bytes);
  const parsed = readSheetRows(csvRows(text, name), 'spreadsheet_csv', name, mapping);
  parsed.tool = { name: 'CSV', version: encoding };
  return parsed;
}
