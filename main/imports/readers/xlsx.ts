/**
 * XLSX workbooks (exceljs): the first sheet that has data, each cell as the text a person would read (numbers
 * whole when they are whole, dates as `YYYY-MM-DD`, formulas by their result, rich text joined).
 */
import ExcelJS from 'exceljs';
import type { ColumnMapping, ParsedImport } from '../../../shared/domain/import-records';
import { DomainError } from '../../errors';
import { readSheetRows, type SheetRow } from './sheet-rows';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    // Beyond 15 significant digits Excel has already rounded the number: written as Excel shows it, so that the
    // identifier columns refuse it by name instead of importing wrong digits.
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return value.toExponential().replace('e', 'E');
    return String(value);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return '';
  }
  return '';
}

export async function xlsxRows(bytes: Uint8Array, name: string): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new DomainError('import_file_damaged', {
      name,
      format: 'XLSX',
      detail: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
    });
  }
  for (const sheet of workbook.worksheets) {
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = Array.isArray(row.values) ? row.values : [];
      const cells: string[] = [];
      for (let column = 1; column < values.length; column++)
        cells.push(cellText(values[column] as ExcelJS.CellValue).trim());
      rows.push({ at: rowNumber, cells });
    });
    if (rows.some((row) => row.cells.some((cell) => cell !== ''))) return rows;
  }
  return [];
}

export async function readXlsx(bytes: Uint8Array, name: string, mapping?: ColumnMapping): Promise<ParsedImport> {
  return readSheetRows(await xlsxRows(bytes, name), 'spreadsheet_xlsx', name, mapping);
}
