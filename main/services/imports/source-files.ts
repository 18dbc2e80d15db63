import { createHash } from 'node:crypto';
import type { ColumnMapping, ImportFormat, ParsedImport } from '../../../shared/domain/import-records';
import { IMPORT_FILE_MAX_BYTES } from '../../../shared/contract/imports';
import { DomainError } from '../../errors';
import { readImportFile, type ImportFile } from '../../imports/read';
import type { Store } from '../../store/store';

export interface ReadSource {
  file: ImportFile;
  sha256: string;
  parsed: ParsedImport;
  /** Spreadsheets: the key their mapping is remembered under (the set of headers). */
  mappingKey: string | null;
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The same headers, whatever their order or case, are the same source: a site maps them once. */
export function mappingKeyOf(headers: readonly string[]): string {
  const names = [
    ...new Set(headers.map((header) => header.trim().toLowerCase()).filter((header) => header !== '')),
  ].sort();
  return `headers:${sha256Of(new TextEncoder().encode(names.join('\u0000'))).slice(0, 32)}`;
}

/**
 * The last files read, by content and reading options: the commit that follows a preview of the same files does not
 * read them again. Readers are pure and what they return is never changed afterwards, so sharing it is safe.
 */
const recentlyRead = new Map<string, ParsedImport>();
const RECENT_LIMIT = 20;

async function readCached(
  file: ImportFile,
  sha256: string,
  options: { mapping?: ColumnMapping | undefined; format?: ImportFormat | undefined },
): Promise<ParsedImport> {
  const key = `${sha256}|${options.format ?? ''}|${JSON.stringify(options.mapping ?? null)}`;
  const known = recentlyRead.get(key);
  if (known) return known;
  const parsed = await readImportFile(file, {
    ...(options.mapping ? { mapping: options.mapping } : {}),
    ...(options.format ? { format: options.format } : {}),
  });
  if (recentlyRead.size >= RECENT_LIMIT) recentlyRead.delete(recentlyRead.keys().next().value as string);
  recentlyRead.set(key, parsed);
  return parsed;
}

/**
 * Reads every file (asynchronous: PDFs). A spreadsheet is read with the mapping given on the preview, else the one
 * remembered for its headers, else the guess from its headers. A refused file (unknown format, damaged) refuses the
 * call: nothing is imported until the technician removes or replaces it.
 */
export async function readSources(
  store: Store,
  files: readonly ImportFile[],
  options: { mappings?: Record<string, ColumnMapping>; format?: ImportFormat | undefined } = {},
): Promise<ReadSource[]> {
  const sources: ReadSource[] = [];
  for (const file of files) {
    if (file.bytes.length > IMPORT_FILE_MAX_BYTES) {
      throw new DomainError('import_file_too_large', {
        name: file.name,
        limit: `${IMPORT_FILE_MAX_BYTES / 1024 / 1024} MiB`,
      });
    }
    const given = options.mappings?.[file.name];
    const sha256 = sha256Of(file.bytes);
    let parsed = await readCached(file, sha256, { mapping: given, format: options.format });
    let mappingKey: string | null = null;
    if (parsed.spreadsheet) {
      mappingKey = mappingKeyOf(parsed.spreadsheet.headers);
      const remembered = given ? null : store.imports.mapping(mappingKey);
      if (remembered)
        parsed = await readCached(file, sha256, { mapping: remembered as ColumnMapping, format: parsed.format });
    }
    sources.push({ file, sha256, parsed, mappingKey });
  }
  return sources;
}
