/**
 * One entry point for every import file: the format is found from the content (a PDF, a zip workbook, JSON, YAML,
 * an nwipe log, dmidecode text, else a delimited sheet), the file name's extension only breaking ties, and the file
 * goes to its reader. Readers are pure: bytes in, records out, nothing written. A file no reader takes is refused
 * with a DomainError naming the accepted formats; a reader's unexpected failure is reported as a damaged file.
 */
import { parse as parseYaml } from 'yaml';
import type { ColumnMapping, ImportFormat, ParsedImport } from '../../shared/domain/import-records';
import { DomainError } from '../errors';
import { readCsv } from './readers/csv';
import { isDmidecodeText, readDmidecodeText } from './readers/dmidecode';
import { isEreuseSnapshot, readEreuseSnapshot } from './readers/ereuse';
import { isLshwJson, readLshwJson } from './readers/lshw';
import { isNwipeLog, readNwipeLog } from './readers/nwipe-log';
import { isNwipeReportText, readNwipePdf, readNwipeReportText } from './readers/nwipe-pdf';
import { isSmartctlJson, readSmartctlJson } from './readers/smartctl';
import { decodeText } from './readers/text-decoding';
import { readXlsx } from './readers/xlsx';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ReadImportOptions {
  /** Spreadsheets: the columns as a site mapped them before; without it the mapping is guessed from the headers. */
  mapping?: ColumnMapping;
  /** Read as this format; a file whose content is not in it is refused (`import_format_mismatch`). */
  format?: ImportFormat;
}

/** How a format is named in a message (the same in French and English). */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  nwipe_log: 'nwipe_log.txt',
  nwipe_pdf: 'nwipe PDF',
  ereuse_snapshot: 'eReuse Workbench',
  smartctl_json: 'smartctl --json',
  lshw_json: 'lshw -json',
  dmidecode_text: 'dmidecode',
  spreadsheet_csv: 'CSV',
  spreadsheet_xlsx: 'XLSX',
};

type Detected =
  | { format: 'nwipe_pdf'; kind: 'pdf' }
  | { format: 'spreadsheet_xlsx'; kind: 'zip' }
  | { format: ImportFormat; kind: 'text'; text: string }
  | { format: ImportFormat; kind: 'json'; json: unknown };

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  return [...ascii].every((char, index) => bytes[index] === char.charCodeAt(0));
}

function extensionOf(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function tryYaml(text: string): unknown {
  if (!/^(---\s*\n)?[A-Za-z_][\w-]*:(\s|$)/m.test(text.slice(0, 2000))) return undefined;
  try {
    return parseYaml(text, { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

function jsonFormat(json: unknown): ImportFormat | undefined {
  if (isEreuseSnapshot(json)) return 'ereuse_snapshot';
  if (isSmartctlJson(json)) return 'smartctl_json';
  if (isLshwJson(json)) return 'lshw_json';
  return undefined;
}

/** Looks like a delimited sheet: text without control characters whose first lines have a separator. */
function looksLikeSheet(text: string, extension: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a binary file is told from a sheet by its control characters.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096))) return false;
  if (['csv', 'tsv'].includes(extension)) return true;
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  return lines.length >= 2 && /[;,\t]/.test(lines[0] ?? '');
}

/** The format of a file, from its content (the extension only for a `.csv` that could be read otherwise). */
export function detectImportFormat(file: ImportFile): ImportFormat | undefined {
  return detect(file)?.format;
}

function detect(file: ImportFile): Detected | undefined {
  const { bytes, name } = file;
  if (startsWith(bytes, '%PDF-')) return { format: 'nwipe_pdf', kind: 'pdf' };
  if (startsWith(bytes, 'PK\u0003\u0004')) return { format: 'spreadsheet_xlsx', kind: 'zip' };
  const extension = extensionOf(name);
  const { text } = decodeText(bytes);
  const head = text.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    const json = tryJson(head);
    if (json.ok) {
      const format = jsonFormat(json.value);
      // Valid JSON of no tool Rebond knows: not a sheet either, whatever commas it holds.
      return format ? { format, kind: 'json', json: json.value } : undefined;
    } else if (extension === 'json') {
      throw new DomainError('import_file_damaged', { name, format: 'JSON', detail: json.message });
    }
  }
  if (isNwipeLog(text)) return { format: 'nwipe_log', kind: 'text', text };
  if (isNwipeReportText(text)) return { format: 'nwipe_pdf', kind: 'text', text };
  if (isDmidecodeText(text)) return { format: 'dmidecode_text', kind: 'text', text };
  const yaml = tryYaml(text);
  if (yaml !== undefined && isEreuseSnapshot(yaml)) return { format: 'ereuse_snapshot', kind: 'json', json: yaml };
  if (looksLikeSheet(text, extension)) return { format: 'spreadsheet_csv', kind: 'text', text };
  return undefined;
}

async function dispatch(file: ImportFile, detected: Detected, options: ReadImportOptions): Promise<ParsedImport> {
  if (detected.kind === 'pdf') {
    try {
      return await readNwipePdf(file.bytes);
    } catch (error) {
      throw new DomainError('import_file_damaged', {
        name: file.name,
        format: 'PDF',
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  }
  if (detected.kind === 'zip') return readXlsx(file.bytes, file.name, options.mapping);
  if (detected.kind === 'json') {
    if (detected.format === 'ereuse_snapshot') return readEreuseSnapshot(detected.json);
    if (detected.format === 'smartctl_json') return readSmartctlJson(detected.json);
    return readLshwJson(detected.json);
  }
  switch (detected.format) {
    case 'nwipe_log':
      return readNwipeLog(detected.text);
    case 'nwipe_pdf':
      return readNwipeReportText(detected.text);
    case 'dmidecode_text':
      return readDmidecodeText(detected.text);
    default:
      return readCsv(file.bytes, file.name, options.mapping);
  }
}

/** A PDF that is not an nwipe report (and has text) is not a file Rebond reads. */
function checkPdfWasNwipe(file: ImportFile, parsed: ParsedImport): ParsedImport {
  if (
    parsed.format === 'nwipe_pdf' &&
    parsed.records.length === 0 &&
    !parsed.warnings.some((warning) => warning.code === 'pdf_no_text')
  ) {
    throw new DomainError('import_format_unknown', { name: file.name });
  }
  return parsed;
}

/** Nothing at all, or only whitespace (a BOM included). */
function isBlank(bytes: Uint8Array): boolean {
  return bytes.length === 0 || (bytes.length <= 4096 && decodeText(bytes).text.trim() === '');
}

/**
 * Reads one file into records. Refuses (DomainError): an empty file (`import_file_empty`), a file in no accepted
 * format (`import_format_unknown`), a file of a known format that cannot be parsed (`import_file_damaged`), a sheet
 * without header and data (`import_sheet_empty`), content not in the format asked for (`import_format_mismatch`).
 */
export async function readImportFile(file: ImportFile, options: ReadImportOptions = {}): Promise<ParsedImport> {
  if (isBlank(file.bytes)) throw new DomainError('import_file_empty', { name: file.name });
  let detected: Detected | undefined;
  try {
    detected = detect(file);
    if (options.format === 'spreadsheet_csv' && detected?.kind !== 'zip' && detected?.kind !== 'pdf') {
      detected = { format: 'spreadsheet_csv', kind: 'text', text: '' };
    }
    if (options.format !== undefined && detected?.format !== options.format) {
      throw new DomainError('import_format_mismatch', { name: file.name, format: FORMAT_NAMES[options.format] });
    }
    if (detected === undefined) throw new DomainError('import_format_unknown', { name: file.name });
    return checkPdfWasNwipe(file, await dispatch(file, detected, options));
  } catch (error) {
    if (error instanceof DomainError) throw error;
    // A programming error in a reader is a bug to report with a reference, not a damaged file.
    if (error instanceof TypeError || error instanceof ReferenceError || error instanceof RangeError) throw error;
    const format = detected ? FORMAT_NAMES[detected.format] : '?';
    throw new DomainError('import_file_damaged', {
      name: file.name,
      format,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}
