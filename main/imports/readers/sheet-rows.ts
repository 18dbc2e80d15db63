/**
 * A spreadsheet's rows (cells as text, whatever file they came from) into records: the header row found, blank and
 * repeated headers set aside with a warning, the mapping guessed or applied, each row read into a device. A row is
 * refused, by name of its column, when Excel has damaged an identifier (`3,57E+14`) or when an IMEI is not one.
 * Whether a row without any identifier may become a device is the import flow's rule, not the reader's.
 */
import type {
  ColumnMapping,
  ImportedDevice,
  ImportedDrive,
  ImportFormat,
  ParsedImport,
  SpreadsheetField,
} from '../../../shared/domain/import-records';
import { checkImei } from '../../../shared/domain/identifiers';
import type { DeviceKind, DriveType } from '../../../shared/domain/values';
import { DomainError } from '../../errors';
import { guessMapping, headerKey, headerUnit } from './column-mapping';
import { emptyDevice, Notes, serialOf } from './common';

export interface SheetRow {
  /** The row number as the spreadsheet shows it (1-based). */
  at: number;
  cells: string[];
}

/** A number Excel rewrote in scientific notation, its last digits lost: `3,57E+14`, `8.6E+14`. */
const EXCEL_SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?E\+?\d+$/i;
const IDENTIFIER_FIELDS: readonly SpreadsheetField[] = [
  'serial',
  'imei',
  'drive_serial',
  'previous_asset_tag',
  'external_id',
];

const KIND_WORDS: [RegExp, DeviceKind][] = [
  [/telephone|smartphone|phone|mobile|gsm|cellulaire|iphone/, 'phone'],
  [/tablette|tablet|ipad/, 'tablet'],
  [/portable|laptop|notebook|netbook|ultrabook|macbook|chromebook/, 'laptop'],
  [
    /fixe|desktop|tour|tower|unite centrale|\buc\b|ordinateur de bureau|mini pc|all in one|imac|workstation|\bpc\b/,
    'desktop',
  ],
  [/^(autre|other|divers|accessoire|ecran|moniteur|monitor|imprimante|printer)/, 'other'],
];

/** Remembers what a few distinct words mean: a sheet repeats its categories on every row. */
function remembered<T>(read: (raw: string) => T): (raw: string) => T {
  const known = new Map<string, T>();
  return (raw) => {
    if (known.has(raw)) return known.get(raw) as T;
    const value = read(raw);
    if (known.size < 1000) known.set(raw, value);
    return value;
  };
}

const kindOf = remembered((raw: string): DeviceKind | undefined => {
  const key = headerKey(raw);
  return KIND_WORDS.find(([pattern]) => pattern.test(key))?.[1];
});

const DRIVE_WORDS: [RegExp, DriveType][] = [
  [/nvme|m 2 nvme/, 'nvme'],
  [/ssd|solid|flash/, 'ssd'],
  [/emmc|mmc/, 'emmc'],
  [/hdd|disque dur|hard|mecanique|sata hdd|rpm/, 'hdd'],
];

const driveTypeOf = remembered((raw: string): DriveType | undefined => {
  const key = headerKey(raw);
  return DRIVE_WORDS.find(([pattern]) => pattern.test(key))?.[1] ?? (key === '' ? undefined : 'other');
});

/**
 * A quantity from `8`, `8 Go`, `512 Mo`, `1 To`, `15,6"`, in gigabytes for sizes (`base` 1024 for memory, 1000 for
 * drives, as their makers count) or as written for inches; the header's unit applies when the cell has none.
 */
function quantity(raw: string, headerUnitName: 'M' | 'G' | 'T' | undefined, base: number): number | undefined {
  const match = /^([\d\s]*\d(?:[.,]\d+)?)\s*(go|gb|gib|g|mo|mb|mib|m|to|tb|tib|t|"|''|pouces|inches|in)?\.?$/i.exec(
    raw.trim(),
  );
  if (!match?.[1]) return undefined;
  const value = Number(match[1].replace(/\s/g, '').replace(',', '.'));
  if (!Number.isFinite(value)) return undefined;
  const written = match[2]?.toLowerCase();
  const unit =
    written === undefined || !/^[gmt]/.test(written) ? headerUnitName : (written[0]?.toUpperCase() as 'M' | 'G' | 'T');
  if (unit === 'M') return value / base;
  if (unit === 'T') return value * base;
  return value;
}

function splitImeis(raw: string): string[] {
  return raw
    .split(/[;/|,\n]+|\s{2,}/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

interface Column {
  index: number;
  header: string;
  field: SpreadsheetField;
  unit: 'M' | 'G' | 'T' | undefined;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function applyMapping(headers: readonly string[], mapping: ColumnMapping): Map<string, SpreadsheetField> {
  const byHeader = new Map<string, SpreadsheetField>();
  const byKey = new Map(Object.entries(mapping).map(([header, field]) => [headerKey(header), field] as const));
  for (const header of headers) {
    const found = mapping[header] ?? byKey.get(headerKey(header));
    if (found !== undefined) byHeader.set(header, found);
  }
  return byHeader;
}

function hasContent(device: ImportedDevice): boolean {
  const { at: _at, externalRefs, drives, erasures, imeis, ...fields } = device;
  return (
    externalRefs.length > 0 ||
    drives.length > 0 ||
    erasures.length > 0 ||
    (imeis ?? []).length > 0 ||
    Object.values(fields).some((value) => value !== undefined)
  );
}

function readRow(
  row: SheetRow,
  columns: readonly Column[],
  notes: Notes,
): { device?: ImportedDevice; refused: boolean } {
  const device = emptyDevice();
  device.at = row.at;
  const drive: ImportedDrive = {};
  const rowNotes = new Notes();
  const noteParts: string[] = [];
  for (const column of columns) {
    const value = (row.cells[column.index] ?? '').trim().replace(/\s+/g, ' ');
    // A cell without a letter or a digit (`-`, `;`, `""`) says nothing.
    if (!/[\p{L}\p{N}]/u.test(value)) continue;
    if (IDENTIFIER_FIELDS.includes(column.field) && EXCEL_SCIENTIFIC.test(value)) {
      rowNotes.refuse('cell_excel_scientific', row.at, { column: column.header, value }, column.header);
      continue;
    }
    switch (column.field) {
      case 'kind': {
        const kind = kindOf(value);
        if (kind === undefined) rowNotes.warn('kind_unknown', row.at, { value }, column.header);
        else device.kind ??= kind;
        break;
      }
      case 'make':
        device.make ??= value;
        break;
      case 'model':
        device.model ??= value;
        break;
      case 'serial': {
        const serial = serialOf(value, rowNotes, row.at, column.header);
        if (serial !== undefined) device.serial ??= serial;
        break;
      }
      case 'imei':
        for (const part of splitImeis(value)) {
          const check = checkImei(part);
          if (!check.ok) {
            rowNotes.refuse('cell_imei_invalid', row.at, { column: column.header, value: part }, column.header);
            continue;
          }
          if (check.warning) rowNotes.warn('imei_checksum', row.at, { value: check.value }, column.header);
          device.imeis = [...(device.imeis ?? []), check.value];
        }
        break;
      case 'previous_asset_tag':
        device.externalRefs.push({ system: 'previous_asset_tag', value });
        break;
      case 'external_id':
        device.externalRefs.push({ system: 'external_id', value });
        break;
      case 'cpu':
        device.cpu ??= value;
        break;
      case 'os':
        device.os ??= value;
        break;
      case 'notes':
        noteParts.push(value);
        break;
      case 'ram_gb':
      case 'screen_inches':
      case 'drive_capacity_gb': {
        const amount = quantity(
          value,
          column.field === 'screen_inches' ? undefined : column.unit,
          column.field === 'ram_gb' ? 1024 : 1000,
        );
        if (amount === undefined || amount <= 0) {
          rowNotes.warn('number_invalid', row.at, { column: column.header, value }, column.header);
          break;
        }
        const rounded = Math.round(amount * 100) / 100;
        if (column.field === 'ram_gb') device.ramGb ??= rounded;
        else if (column.field === 'screen_inches') device.screenInches ??= rounded;
        else drive.sizeBytes ??= Math.round(amount * 1_000_000_000);
        break;
      }
      case 'drive_serial': {
        const serial = serialOf(value, rowNotes, row.at, column.header);
        if (serial !== undefined) drive.serial ??= serial;
        break;
      }
      case 'drive_type': {
        const type = driveTypeOf(value);
        if (type !== undefined) drive.type ??= type;
        break;
      }
    }
  }
  if (noteParts.length > 0) device.notes = noteParts.join(' ; ');
  if (Object.keys(drive).length > 0) device.drives.push(drive);
  notes.issues.push(...rowNotes.issues);
  notes.warnings.push(...rowNotes.warnings);
  if (rowNotes.issues.length > 0) return { refused: true };
  // A row whose mapped cells hold nothing a device can take (only separators, say) is no device.
  return hasContent(device) ? { device, refused: false } : { refused: false };
}

/** Reads rows already split into cells; `name` names the file in a refusal. */
export function readSheetRows(
  rows: readonly SheetRow[],
  format: Extract<ImportFormat, 'spreadsheet_csv' | 'spreadsheet_xlsx'>,
  name: string,
  mapping?: ColumnMapping,
): ParsedImport {
  const notes = new Notes();
  const headerIndex = rows.findIndex((row) => !isBlank(row.cells));
  const headerRow = rows[headerIndex];
  const dataRows = rows.slice(headerIndex + 1).filter((row) => !isBlank(row.cells));
  if (headerRow === undefined || dataRows.length === 0) throw new DomainError('import_sheet_empty', { name });

  const headers: string[] = [];
  const columnOf = new Map<string, number>();
  const seen = new Set<string>();
  headerRow.cells.forEach((cell, index) => {
    const header = cell.trim().replace(/\s+/g, ' ');
    if (header === '') {
      if (dataRows.some((row) => (row.cells[index] ?? '').trim() !== ''))
        notes.warn('header_blank', headerRow.at, { index: index + 1 });
      return;
    }
    const key = headerKey(header);
    if (seen.has(key)) {
      notes.warn('header_repeated', headerRow.at, { column: header }, header);
      return;
    }
    seen.add(key);
    headers.push(header);
    columnOf.set(header, index);
  });

  const applied = mapping ? applyMapping(headers, mapping) : new Map(Object.entries(guessMapping(headers)));
  const columns: Column[] = [];
  for (const header of headers) {
    const field = applied.get(header);
    const index = columnOf.get(header);
    if (field === undefined || index === undefined) continue;
    columns.push({ index, header, field, unit: headerUnit(header) });
  }

  const records: ImportedDevice[] = [];
  const refusedRows: { at: number; cells: string[] }[] = [];
  let withoutData = 0;
  for (const row of dataRows) {
    const { device, refused } = readRow(row, columns, notes);
    if (device) records.push(device);
    else if (!refused) withoutData++;
    if (refused)
      refusedRows.push({ at: row.at, cells: headers.map((header) => row.cells[columnOf.get(header) ?? -1] ?? '') });
  }
  if (withoutData > 0) notes.warn('rows_without_data', undefined, { count: withoutData });
  return {
    format,
    tool: { name: format === 'spreadsheet_csv' ? 'CSV' : 'XLSX' },
    records,
    issues: notes.issues,
    warnings: notes.warnings,
    spreadsheet: { headers, mapping: Object.fromEntries(applied), guessed: mapping === undefined, refusedRows },
  };
}
