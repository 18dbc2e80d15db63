import { formatPhone } from '../../shared/format';
import { hasMessage, translate, type Lang } from '../../shared/i18n';
import type { ExportColumn } from './columns';

export interface CellContext {
  lang: Lang;
  /** The organisation's time zone: instants are written as its wall clock. */
  zone: string;
}

/** Excel's number formats for each kind of column (text columns are `@`, so a typed serial stays text). */
export function numberFormat(column: ExportColumn): string | undefined {
  switch (column.type) {
    case 'text':
    case 'phone':
      return '@';
    case 'day':
      return 'dd/mm/yyyy';
    case 'instant':
      return 'dd/mm/yyyy hh:mm';
    case 'euros':
      return '#,##0.00 "€"';
    case 'integer':
      return '0';
    case 'decimal':
      return '0.###';
    default:
      return undefined;
  }
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(zone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClocks.set(zone, format);
  }
  return format;
}

/** The zone's offset from UTC, in milliseconds, at the instant `ms` (whole seconds), asked of Intl. */
function offsetAt(ms: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of zoneFormat(zone).formatToParts(new Date(ms)))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - ms;
}

const QUARTER_HOUR = 15 * 60 * 1000;
/** Offsets by zone and quarter-hour of UTC, so an export asks Intl once per quarter-hour, not once per cell. */
const offsets = new Map<string, Map<number, number>>();

/**
 * The instant's wall clock in the zone, as the fields of a UTC date (spreadsheets have no time zones), to the
 * second. Zone offsets are whole quarter-hours and change at a local wall time of whole quarter-hours, so within
 * one quarter-hour of UTC the offset is the same: it is asked once per quarter-hour and kept.
 */
export function wallClock(iso: string, zone: string): Date {
  const ms = Math.floor(new Date(iso).getTime() / 1000) * 1000;
  const quarter = Math.floor(ms / QUARTER_HOUR);
  let known = offsets.get(zone);
  if (!known) {
    known = new Map();
    offsets.set(zone, known);
  }
  let offset = known.get(quarter);
  if (offset === undefined) {
    offset = offsetAt(quarter * QUARTER_HOUR, zone);
    if (known.size > 100_000) known.clear();
    known.set(quarter, offset);
  }
  return new Date(ms + offset);
}

function labelOf(lang: Lang, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return hasMessage(key) ? translate(lang, key) : value;
}

/** A spreadsheet cell: text, a number or a date; null leaves the cell empty. */
export function xlsxValue(column: ExportColumn, raw: unknown, context: CellContext): string | number | Date | null {
  if (raw === null || raw === undefined || raw === '') return null;
  switch (column.type) {
    case 'text':
      return String(raw);
    case 'phone':
      return formatPhone(String(raw));
    case 'label':
      return labelOf(context.lang, column.prefix, String(raw));
    case 'yesNo':
      return translate(context.lang, raw ? 'export.yes' : 'export.no');
    case 'day': {
      const [year, month, day] = String(raw).split('-').map(Number);
      return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
    }
    case 'instant':
      return wallClock(String(raw), context.zone);
    case 'euros':
      return Number(raw) / 100;
    case 'integer':
    case 'decimal':
      return Number(raw);
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The same value as CSV text: days and instants in ISO order (`2026-03-14`, `2026-03-14 08:10` in the
 * organisation's zone), numbers with the language's decimal mark and no grouping, euros as a plain amount.
 */
export function csvValue(column: ExportColumn, raw: unknown, context: CellContext): string {
  const value = xlsxValue(column, raw, context);
  if (value === null) return '';
  if (value instanceof Date) {
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    return column.type === 'day' ? day : `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
  }
  if (typeof value === 'number') {
    const text = column.type === 'euros' ? value.toFixed(2) : String(value);
    return context.lang === 'fr' ? text.replace('.', ',') : text;
  }
  return value;
}
