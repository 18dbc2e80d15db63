/**
 * What every import reader (nwipe, eReuse Workbench, smartctl, lshw, dmidecode, spreadsheets) turns a file into,
 * before anything is judged or written. Readers only read: they never look at the database, and what they cannot
 * tell they leave undefined rather than guess. The import service judges these records against the store (create,
 * update by serial, attach an erasure, refuse and why) and shows that preview before one confirmation commits it.
 */
import type { DeviceKind, DriveType } from './values';

export const IMPORT_FORMATS = [
  'nwipe_log',
  'nwipe_pdf',
  'ereuse_snapshot',
  'smartctl_json',
  'lshw_json',
  'dmidecode_text',
  'spreadsheet_csv',
  'spreadsheet_xlsx',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The tool that wrote the file, as the file says it. */
export interface ImportTool {
  name: string;
  version?: string;
}

/** A drive's health as its own self-test reports it; `failed` is the verdict Rebond acts on. */
export interface DriveHealth {
  /** SMART overall-health self-assessment (or NVMe critical warning clear). */
  smartPassed?: boolean;
  powerOnHours?: number;
  reallocatedSectors?: number;
  pendingSectors?: number;
  /** NVMe "percentage used" of its rated endurance. */
  percentageUsed?: number;
  /** The reader's verdict: the self-assessment failed, or a counter says the medium is failing. */
  failed: boolean;
  /** Why it failed, as short stable codes (for example `smart_failed`, `pending_sectors`). */
  reasons: string[];
}

export interface ImportedDrive {
  make?: string;
  model?: string;
  /** Trimmed; placeholders (`To Be Filled By O.E.M.`, `--`...) are left out by the reader. */
  serial?: string;
  type?: DriveType;
  /** `ATA`, `NVME`, `USB`, `VIRT`... as the tool says. */
  bus?: string;
  sizeBytes?: number;
  health?: DriveHealth;
}

export const IMPORTED_ERASURE_STATUSES = ['erased', 'failed', 'aborted'] as const;
export type ImportedErasureStatus = (typeof IMPORTED_ERASURE_STATUSES)[number];

/** Hidden areas (HPA/DCO): what the tool found and did. */
export const HIDDEN_AREA_STATES = ['none_found', 'found_and_removed', 'found_not_removed', 'not_checked'] as const;
export type HiddenAreaState = (typeof HIDDEN_AREA_STATES)[number];

/** One erasure of one drive (or of a whole device), as the wiping tool recorded it. */
export interface ImportedErasure {
  /** The drive it erased, by serial (and model when the serial is missing). */
  driveSerial?: string;
  driveModel?: string;
  /** The tool's own name for the method (`Fill With Zeros`, `DoD 5220.22-M`, `EraseSectors`...). */
  method: string;
  /** Rebond's technique and level when the method maps to one unambiguously. */
  technique?: 'overwrite' | 'ata_secure_erase' | 'nvme_sanitize' | 'crypto_erase';
  level?: 'clear' | 'purge';
  /** Passes of the method, and rounds asked against rounds done. */
  passes?: number;
  roundsAsked?: number;
  roundsDone?: number;
  /** Verification as the tool did it: none, the last pass, every pass. */
  verification?: 'none' | 'last' | 'all';
  prng?: string;
  blanking?: boolean;
  /** Hidden areas (HPA/DCO): what the tool found and did. */
  hiddenAreas?: HiddenAreaState;
  /**
   * ISO 8601. Local times as the file writes them, without zone (`2026-12-03T08:06:17`: nwipe), to which the import
   * applies the station's zone; or with the offset the file gives (`2022-01-13T09:34:39+00:00`: eReuse), kept.
   */
  startedAt?: string;
  endedAt?: string;
  /** Only this says whether it succeeded: an aborted wipe can show 100 % bytes erased. */
  status: ImportedErasureStatus;
  bytesErased?: number;
  /** The drive's size as the tool measured it for this erasure (nwipe's "Bytes Total"), to set `bytesErased` against. */
  bytesTotal?: number;
  errors?: number;
  throughputMBs?: number;
  /** The tag a technician typed into the tool (often the asset tag). */
  userTag?: string;
  /** Steps as the tool lists them (eReuse: StepZero, StepRandom), with their own result. */
  steps?: { name: string; status: ImportedErasureStatus; startedAt?: string; endedAt?: string }[];
}

/** An identifier the device had elsewhere: a previous asset tag, a DeviceHub id, a snapshot uuid. */
export interface ExternalReference {
  system: string;
  value: string;
}

export interface ImportedDevice {
  /** Where in the file it was read, counted like `ImportIssue.at` (a spreadsheet's row number, else the record's index). */
  at?: number;
  kind?: DeviceKind;
  /** As the file writes it; the service applies the vendor alias table before duplicate detection. */
  make?: string;
  model?: string;
  serial?: string;
  imeis?: string[];
  cpu?: string;
  ramGb?: number;
  screenInches?: number;
  os?: string;
  batteryHealth?: number;
  notes?: string;
  externalRefs: ExternalReference[];
  drives: ImportedDrive[];
  erasures: ImportedErasure[];
}

/** A problem with one row or record of the file, said by the reader (code + params, translated by the UI). */
export interface ImportIssue {
  /** Row (spreadsheets, 1-based as the spreadsheet shows it) or record index. */
  at?: number;
  column?: string;
  code: string;
  params?: Record<string, string | number>;
}

/** One file read. `records` keeps the file's order; `issues` are refusals of rows, `warnings` things to look at. */
export interface ParsedImport {
  format: ImportFormat;
  tool: ImportTool;
  /** A stable identity of the source record where the tool gives one (snapshot uuid), else none. */
  sourceId?: string;
  records: ImportedDevice[];
  issues: ImportIssue[];
  warnings: ImportIssue[];
  /** Spreadsheets only. */
  spreadsheet?: SpreadsheetLayout;
}

/** What a spreadsheet column can fill; a site maps its own headers once and Rebond remembers it per source. */
export const SPREADSHEET_FIELDS = [
  'kind',
  'make',
  'model',
  'serial',
  'imei',
  'previous_asset_tag',
  'external_id',
  'cpu',
  'ram_gb',
  'screen_inches',
  'os',
  'notes',
  'drive_serial',
  'drive_type',
  'drive_capacity_gb',
] as const;
export type SpreadsheetField = (typeof SPREADSHEET_FIELDS)[number];

/** Header (as the sheet writes it, trimmed) to field; a header left out is ignored. */
export type ColumnMapping = Record<string, SpreadsheetField>;

/** What a spreadsheet reader adds to its `ParsedImport`: the headers found and the mapping it applied. */
export interface SpreadsheetLayout {
  headers: string[];
  mapping: ColumnMapping;
  /** True when the mapping was guessed from the headers (French or English names, Snipe-IT, DeviceHub). */
  guessed: boolean;
  /** The rows refused (see `issues`), cells in `headers` order as read, so that they can be saved back as a file to fix. */
  refusedRows?: { at: number; cells: string[] }[];
}
