/**
 * The import flow: `previewImport` reads the files and runs the whole import in a transaction that is then rolled
 * back (so the preview is exactly what the commit will do, and nothing is written); `commitImport` runs it again and
 * keeps it: one transaction with its events. A source already imported (same content, or the same tool record such
 * as a snapshot's uuid) changes nothing.
 */
import type {
  FilePreview,
  ImportCommitResult,
  ImportCounts,
  ImportPreview,
  PreviewRow,
} from '../../../shared/contract/imports';
import type { ColumnMapping, ImportFormat } from '../../../shared/domain/import-records';
import { translate, type Lang, type MessageKey } from '../../../shared/i18n';
import { errorMessage } from '../../../shared/error-messages';
import type { ImportFile } from '../../imports/read';
import type { Store } from '../../store/store';
import { assetTagAllocator } from '../asset-tags';
import { readScanRules } from '../scan-rules';
import { requireBatch, type IntakeRun } from '../intake';
import { write, type Actor, type Tx } from '../unit-of-work';
import { DomainError } from '../../errors';
import { applyRecord, type ApplySource } from './apply';
import { judgeRecord } from './judge';
import { refusedRowsCsv } from './refused-rows';
import { readSources, type ReadSource } from './source-files';

export interface ImportOptions {
  batchId: number | null;
  files: readonly ImportFile[];
  mappings?: Record<string, ColumnMapping>;
  targets?: Record<string, string>;
  format?: ImportFormat | undefined;
  /** Review-queue entries the files came from, marked imported by the commit. */
  queueIds?: readonly number[];
  /** The language of the refused-rows file's reason column. */
  lang?: Lang;
}

class PreviewOnly extends Error {
  constructor(readonly result: ImportCommitResult) {
    super('preview rolled back');
  }
}

function countRows(files: readonly FilePreview[]): ImportCounts {
  const counts: ImportCounts = { create: 0, update: 0, attach_erasure: 0, unchanged: 0, refuse: 0 };
  for (const file of files) for (const row of file.rows) counts[row.action] += 1;
  return counts;
}

function fileName(source: ReadSource): string {
  return source.file.name.slice(0, 255);
}

function intakeRun(store: Store, tx: Tx, batchId: number | null, sources: readonly ReadSource[]): IntakeRun | null {
  if (batchId === null) return null;
  const batch = requireBatch(store, batchId);
  if (batch.closed) throw new DomainError('batch_closed', { batch: batch.code }, 'batchId');
  const records = sources.reduce((sum, source) => sum + source.parsed.records.length, 0);
  let allocate: (() => string) | null = null;
  // Tags are taken only when a device is created, so a preview or an import of erasures uses none.
  const nextTag = () => {
    allocate ??= assetTagAllocator(store, records);
    return allocate();
  };
  return { tx, batch, nextTag, rules: readScanRules(store) };
}

function importOne(
  store: Store,
  tx: Tx,
  actor: Actor,
  intake: IntakeRun | null,
  source: ReadSource,
  index: number,
  options: ImportOptions,
  erasureIds: number[],
): FilePreview {
  const { parsed } = source;
  const lang = options.lang ?? 'fr';
  const before = store.imports.sourceFor(source.sha256, parsed.sourceId);
  const preview: FilePreview = {
    name: source.file.name,
    sha256: source.sha256,
    format: parsed.format,
    tool: parsed.tool.name,
    toolVersion: parsed.tool.version ?? '',
    alreadyImported: before ? { at: before.importedAt, fileName: before.fileName } : null,
    rows: [],
    issues: parsed.issues,
    warnings: parsed.warnings,
    spreadsheet:
      parsed.spreadsheet && source.mappingKey
        ? {
            headers: parsed.spreadsheet.headers,
            mapping: parsed.spreadsheet.mapping,
            guessed: parsed.spreadsheet.guessed,
            sourceKey: source.mappingKey,
          }
        : null,
    refusedCsv: null,
  };
  const judgeOf = (recordIndex: number) => ({
    store,
    key: `${index}:${recordIndex}`,
    file: source.file.name,
    target: options.targets?.[`${index}:${recordIndex}`],
    canCreate: intake !== null,
  });
  if (before) {
    preview.rows = parsed.records.map((record, recordIndex) => ({
      ...judgeRecord(judgeOf(recordIndex), record).row,
      action: 'unchanged',
      refusal: null,
    }));
    return preview;
  }
  const sourceId = store.imports.insertSource(
    {
      contentSha256: source.sha256,
      toolRecordId: parsed.sourceId ?? null,
      fileName: fileName(source),
      format: parsed.format,
      tool: parsed.tool.name,
      toolVersion: parsed.tool.version ?? '',
      batchId: intake?.batch.id ?? null,
      importedBy: actor.id,
      outcome: {},
    },
    tx.now,
  );
  if (source.mappingKey && parsed.spreadsheet && options.mappings?.[source.file.name]) {
    store.imports.saveMapping(source.mappingKey, parsed.spreadsheet.mapping, actor.id, tx.now);
  }
  const applySource: ApplySource = {
    id: sourceId,
    fileName: fileName(source),
    parsed,
    evidence:
      parsed.format === 'nwipe_pdf' && source.file.bytes[0] === 0x25
        ? { bytes: source.file.bytes, sha256: source.sha256, mediaType: 'application/pdf' }
        : null,
  };
  const refused: { at: number; reason: string; record?: (typeof parsed.records)[number] }[] = (
    parsed.spreadsheet?.refusedRows ?? []
  ).map((row) => {
    const issue = parsed.issues.find((candidate) => candidate.at === row.at);
    return {
      at: row.at,
      reason: issue ? translate(lang, `importIssue.${issue.code}` as MessageKey, issue.params ?? {}) : '',
    };
  });
  parsed.records.forEach((record, recordIndex) => {
    const judged = judgeRecord(judgeOf(recordIndex), record);
    erasureIds.push(...applyRecord({ store, tx, actor, intake, source: applySource }, judged, record.notes));
    preview.rows.push(judged.row);
    if (judged.row.refusal) {
      judged.row.refusal.message = errorMessage(lang, judged.row.refusal.code as never, judged.row.refusal.params);
      if (record.at !== undefined) refused.push({ at: record.at, reason: judged.row.refusal.message, record });
    }
  });
  if (parsed.spreadsheet)
    preview.refusedCsv = refusedRowsCsv(parsed.spreadsheet, refused, lang === 'fr' ? 'Refus' : 'Refusal');
  return preview;
}

function importAll(
  store: Store,
  tx: Tx,
  actor: Actor,
  sources: readonly ReadSource[],
  options: ImportOptions,
): ImportCommitResult {
  const intake = intakeRun(store, tx, options.batchId, sources);
  const erasureIds: number[] = [];
  const files = sources.map((source, index) => importOne(store, tx, actor, intake, source, index, options, erasureIds));
  return { files, counts: countRows(files), erasureIds };
}

/**
 * The preview runs the same import in a transaction that is always rolled back. It appends no events (nothing it
 * writes is kept), which leaves the hash chain out of the cost of looking.
 */
function previewRun(
  store: Store,
  actor: Actor,
  sources: readonly ReadSource[],
  options: ImportOptions,
): ImportCommitResult {
  const run = store.db.transaction(() => {
    const tx: Tx = { now: store.clock().toISOString(), actor, record: () => undefined };
    throw new PreviewOnly(importAll(store, tx, actor, sources, options));
  });
  try {
    run.deferred();
  } catch (error) {
    if (error instanceof PreviewOnly) return error.result;
    throw error;
  }
  throw new Error('the preview transaction was not rolled back');
}

export async function previewImport(store: Store, actor: Actor, options: ImportOptions): Promise<ImportPreview> {
  const sources = await readSources(store, options.files, options);
  const { files, counts } = previewRun(store, actor, sources, options);
  return { files, counts };
}

export async function commitImport(store: Store, actor: Actor, options: ImportOptions): Promise<ImportCommitResult> {
  const sources = await readSources(store, options.files, options);
  return write(store, actor, (tx) => {
    const result = importAll(store, tx, actor, sources, options);
    for (const queueId of options.queueIds ?? []) {
      if (store.imports.handle(queueId, 'imported', actor.id, tx.now)) tx.record('import', queueId, 'import.imported');
    }
    return result;
  });
}

export type { PreviewRow };
