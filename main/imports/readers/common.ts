/** Small pieces every reader shares: empty records, issues, numbers, times and the model SMBIOS really means. */
import type { ImportedDevice, ImportIssue } from '../../../shared/domain/import-records';
import { isPlaceholderSerial } from '../../../shared/domain/serial-placeholders';
import { canonicalMake } from '../../../shared/domain/vendors';
import type { ImportIssueCode } from '../../../shared/import-errors';

export function emptyDevice(): ImportedDevice {
  return { externalRefs: [], drives: [], erasures: [] };
}

export function issue(
  code: ImportIssueCode,
  at?: number,
  params?: ImportIssue['params'],
  column?: string,
): ImportIssue {
  const found: ImportIssue = { code };
  if (at !== undefined) found.at = at;
  if (column !== undefined) found.column = column;
  if (params !== undefined) found.params = params;
  return found;
}

/** Collects warnings while a reader works, so that helpers can add to them without threading arrays around. */
export class Notes {
  readonly warnings: ImportIssue[] = [];
  readonly issues: ImportIssue[] = [];
  warn(code: ImportIssueCode, at?: number, params?: ImportIssue['params'], column?: string): void {
    this.warnings.push(issue(code, at, params, column));
  }
  refuse(code: ImportIssueCode, at?: number, params?: ImportIssue['params'], column?: string): void {
    this.issues.push(issue(code, at, params, column));
  }
}

/** A text value trimmed, or undefined when empty or not a string. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().replace(/\s+/g, ' ');
  return trimmed === '' ? undefined : trimmed;
}

/** Like `text`, but firmware placeholders (`Not Specified`, `To Be Filled By O.E.M.`, `None`) are no value. */
export function field(value: unknown): string | undefined {
  const found = text(value);
  return found === undefined ||
    isPlaceholderSerial(found) ||
    /^(system (product name|version|manufacturer)|default string|not present)$/i.test(found)
    ? undefined
    : found;
}

/**
 * A serial as the reader keeps it: trimmed, or undefined with a `serial_placeholder` warning when the firmware wrote
 * a placeholder. Nothing is said when the tool wrote nothing at all.
 */
export function serialOf(value: unknown, notes: Notes, at?: number, column?: string): string | undefined {
  const found = text(value);
  if (found === undefined) return undefined;
  if (isPlaceholderSerial(found)) {
    notes.warn('serial_placeholder', at, { value: found }, column);
    return undefined;
  }
  return found;
}

export function finiteNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim().replace(',', '.'));
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** `2026/12/03 08:06:16` (local, no zone) -> `2026-12-03T08:06:16`. */
export function localTime(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const match = /(\d{4})[/-](\d{2})[/-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(raw);
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}` : undefined;
}

/**
 * The model a person calls the machine. SMBIOS `Product Name` is usually it (`Latitude E7240`), but Lenovo writes
 * the machine type there (`20L50000MC`) and the model in `Version` (`ThinkPad T480`).
 */
export function smbiosModel(make: string | undefined, productName: unknown, version: unknown): string | undefined {
  const product = field(productName);
  const named = field(version);
  if (make !== undefined && canonicalMake(make) === 'Lenovo' && named !== undefined && /[a-z]{3,}/i.test(named))
    return named;
  return product ?? undefined;
}

/** Whole gigabytes from a size written `8 GB`, `8192 MB`, `16 GiB`, or a count of bytes. */
export function gigabytes(raw: unknown): number | undefined {
  if (typeof raw === 'number') return raw > 0 ? raw / 1024 ** 3 : undefined;
  const found = text(raw);
  if (found === undefined) return undefined;
  const match = /^([\d.,]+)\s*([KMGT])i?B/i.exec(found);
  if (!match || match[1] === undefined || match[2] === undefined) return undefined;
  const value = Number(match[1].replace(',', '.'));
  const unit = match[2].toUpperCase();
  const factor = unit === 'K' ? 1 / 1024 ** 2 : unit === 'M' ? 1 / 1024 : unit === 'G' ? 1 : 1024;
  return Number.isFinite(value) ? value * factor : undefined;
}

/** An object's property when the value is an object, for walking JSON whose shape is not promised. */
export function objectOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
