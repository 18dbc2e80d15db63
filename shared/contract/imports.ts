import { z } from 'zod';
import type {
  HiddenAreaState,
  ImportedErasureStatus,
  ImportFormat,
  ImportIssue,
  SpreadsheetField,
} from '../domain/import-records';
import { IMPORT_FORMATS, SPREADSHEET_FIELDS } from '../domain/import-records';
import type { DeviceKind } from '../domain/values';
import type { ErasureOutcome } from './erasure';
import { method } from './define';
import { id, optionalText, requiredText } from './fields';

/** What the import of one record (a row, a snapshot, a wiped drive) will do, or did. */
export const IMPORT_ACTIONS = ['create', 'update', 'attach_erasure', 'unchanged', 'refuse'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

export interface PreviewErasure {
  driveSerial: string;
  driveModel: string;
  method: string;
  /** As the tool said; only `erased` counts as a success. */
  status: ImportedErasureStatus;
}

export interface PreviewRow {
  /** `file index:record index`, stable between preview and commit (a drive's device is chosen by it). */
  key: string;
  file: string;
  at: number | null;
  action: ImportAction;
  /** The device it creates (none yet), updates or attaches to. */
  deviceId: number | null;
  assetTag: string | null;
  kind: DeviceKind | null;
  make: string;
  model: string;
  serial: string;
  /** Device fields the import changes (update by serial). */
  changes: string[];
  drivesAdded: number;
  erasures: PreviewErasure[];
  /** Drives of the record whose health check failed (model or serial). */
  failingDrives: string[];
  /** Why it is refused; `message` in the caller's language. */
  refusal: { code: string; params: Record<string, string | number>; message?: string } | null;
  warnings: { code: string; params: Record<string, string | number> }[];
}

export interface FilePreview {
  name: string;
  sha256: string;
  format: ImportFormat;
  tool: string;
  toolVersion: string;
  /** Set when this file (same content, or the same tool record) was imported before: nothing will change. */
  alreadyImported: { at: string; fileName: string } | null;
  rows: PreviewRow[];
  issues: ImportIssue[];
  warnings: ImportIssue[];
  spreadsheet: {
    headers: string[];
    mapping: Partial<Record<string, SpreadsheetField>>;
    guessed: boolean;
    sourceKey: string;
  } | null;
  /** The refused rows of a spreadsheet as a CSV to fix and import again (headers first), or null. */
  refusedCsv: string | null;
}

export type ImportCounts = Record<ImportAction, number>;

export interface ImportPreview {
  files: FilePreview[];
  counts: ImportCounts;
}

export interface ImportCommitResult extends ImportPreview {
  /** The erasures recorded, awaiting the second person's verification (failed ones quarantine instead). */
  erasureIds: number[];
}

export const IMPORT_QUEUE_ORIGINS = ['drop_folder', 'hub'] as const;
export const IMPORT_QUEUE_STATUSES = ['waiting', 'imported', 'dismissed'] as const;

/** Beyond the erasure record: where an imported erasure came from, what the tool measured, its drive's health. */
export interface ErasureImportView {
  erasureId: number;
  fileName: string | null;
  tool: string | null;
  toolVersion: string | null;
  method: string | null;
  toolStatus: ImportedErasureStatus | null;
  bytesErased: number | null;
  bytesTotal: number | null;
  roundsAsked: number | null;
  roundsDone: number | null;
  hiddenAreas: HiddenAreaState | null;
  hasEvidence: boolean;
  driveHealthFailed: boolean;
}

export interface QueuedImportFile {
  id: number;
  fileName: string;
  origin: (typeof IMPORT_QUEUE_ORIGINS)[number];
  receivedAt: string;
}

/** 10 MB of file (base64 in the call: under the web edition's 16 MiB body); a nwipe PDF is tens of kilobytes, a 10 000-row sheet about 2 MB. */
export const IMPORT_FILE_MAX_BYTES = 10 * 1024 * 1024;
const base64 = z
  .string()
  .max(Math.ceil(IMPORT_FILE_MAX_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

export const importFileInput = z.object({ name: requiredText(255), base64 });

const columnMapping = z.record(z.string().max(200), z.enum(SPREADSHEET_FIELDS));

export const importRequest = z.object({
  batchId: id.nullable().default(null),
  files: z.array(importFileInput).min(1).max(200),
  /** Per file name: the spreadsheet columns as mapped on the preview (remembered for the next file with these headers). */
  mappings: z.record(z.string().max(255), columnMapping).default({}),
  /** Per row key: the asset tag of the device a drive belongs to, chosen on the preview. */
  targets: z.record(z.string().max(40), requiredText(40)).default({}),
  format: z.enum(IMPORT_FORMATS).optional(),
  /** The review-queue entries these files came from: marked imported by the commit. */
  queueIds: z.array(id).max(200).default([]),
});
export type ImportRequest = z.output<typeof importRequest>;

/**
 * Reading needs the PDF text extractor, which is asynchronous: `imports.preview` and `imports.commit` return a promise
 * (see README "Imports"); the queue and verification calls are plain.
 */
export const importsContract = {
  'imports.preview': method<Promise<ImportPreview>>()({ input: importRequest }),
  'imports.commit': method<Promise<ImportCommitResult>>()({ input: importRequest }),
  'imports.queue': method<{ files: QueuedImportFile[]; waiting: number }>()({ input: z.object({}) }),
  'imports.queueFile': method<{ name: string; base64: string }>()({ input: z.object({ id }) }),
  'imports.dismiss': method<{ waiting: number }>()({ input: z.object({ id }) }),
  /** The drop folder a wiping station writes to (absolute path), or none; watched from the next start. */
  'imports.dropFolder': method<{ folder: string | null }>()({ input: z.object({}) }),
  'imports.setDropFolder': method<{ folder: string | null }>()({
    input: z.object({
      folder: z
        .string()
        .trim()
        .max(1000)
        .refine((path) => path === '' || /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path), 'import_folder_absolute')
        .nullable(),
    }),
    roles: ['admin'],
  }),
  'imports.erasureViews': method<ErasureImportView[]>()({ input: z.object({ erasureIds: z.array(id).max(500) }) }),
  /** The data-security officer verifies an imported set at once, having seen each result. */
  'erasure.verifyMany': method<ErasureOutcome[]>()({
    input: z.object({ erasureIds: z.array(id).min(1).max(2000), notes: optionalText(2000) }),
    roles: ['data_security_officer'],
  }),
};
