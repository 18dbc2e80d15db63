/**
 * The import flow: `previewImport` reads the files and judges every row as the commit will (against the stock and
 * what the file's earlier rows would have made of it), writing nothing; `commitImport` runs it and keeps it: one
 * transaction with its events. A source already imported (same content, or the same tool record such as a
 * snapshot's uuid) changes nothing.
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
import type { NewImportSource } from '../../store/repositories/imports';
import { assetTagAllocator, assetTagForecast } from '../asset-tags';
import { readScanRules } from '../scan-rules';
import { requireBatch, type IntakeRun } from '../intake';
import { write, type Actor, type Tx } from '../unit-of-work';
import { DomainError } from '../../errors';
import { applyRecord, type ApplySource } from './apply';
import { judgeRecord, type JudgedRecord } from './judge';
import { PreviewStock, type StockReader } from './preview-stock';
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

function checkedBatch(store: Store, batchId: number) {
  const batch = requireBatch(store, batchId);
  if (batch.closed) throw new DomainError('batch_closed', { batch: batch.code }, 'batchId');
  return batch;
}

const recordCount = (sources: readonly ReadSource[]) =>
  sources.reduce((sum, source) => sum + source.parsed.records.length, 0);

function intakeRun(store: Store, tx: Tx, batchId: number | null, sources: readonly ReadSource[]): IntakeRun | null {
  if (batchId === null) return null;
  const batch = checkedBatch(store, batchId);
  let allocate: (() => string) | null = null;
  // Tags are taken only when a device is created, so a preview or an import of erasures uses none.
  const nextTag = () => {
    allocate ??= assetTagAllocator(store, recordCount(sources));
    return allocate();
  };
  return { tx, batch, nextTag, rules: readScanRules(store) };
}

/**
 * One pass over the files: what the judgement reads, and where what was judged goes. The commit's pass writes to
 * the store in its transaction; the preview's keeps it in a `PreviewStock` and writes nothing.
 */
interface ImportPass {
  stock: StockReader;
  batchId: number | null;
  canCreate: boolean;
  sourceFor(contentSha256: string, toolRecordId: string | undefined): { importedAt: string; fileName: string } | null;
  addSource(source: NewImportSource): number;
  saveMapping(sourceKey: string, mapping: Record<string, string>): void;
  apply(source: ApplySource, judged: JudgedRecord, notes: string | undefined): number[];
}

function commitPass(
  store: Store,
  tx: Tx,
  actor: Actor,
  sources: readonly ReadSource[],
  batchId: number | null,
): ImportPass {
  const intake = intakeRun(store, tx, batchId, sources);
  return {
    stock: store,
    batchId: intake?.batch.id ?? null,
    canCreate: intake !== null,
    sourceFor: (sha256, toolRecordId) => store.imports.sourceFor(sha256, toolRecordId),
    addSource: (source) => store.imports.insertSource(source, tx.now),
    saveMapping: (sourceKey, mapping) => store.imports.saveMapping(sourceKey, mapping, actor.id, tx.now),
    apply: (source, judged, notes) => applyRecord({ store, tx, actor, intake, source }, judged, notes),
  };
}

/** The preview's pass: rows judged against the stock and what the earlier rows would have made of it, in memory. */
function previewPass(store: Store, now: string, sources: readonly ReadSource[], batchId: number | null): ImportPass {
  const batch = batchId === null ? null : checkedBatch(store, batchId);
  const stock = new PreviewStock(store, readScanRules(store));
  let forecast: (() => string) | null = null;
  const nextTag = () => {
    forecast ??= assetTagForecast(store, recordCount(sources));
    return forecast();
  };
  const bySha = new Map<string, { importedAt: string; fileName: string }>();
  const byToolId = new Map<string, { importedAt: string; fileName: string }>();
  let nextSourceId = -1;
  return {
    stock,
    batchId: batch?.id ?? null,
    canCreate: batch !== null,
    sourceFor: (sha256, toolRecordId) => {
      const stored = store.imports.sourceFor(sha256, undefined) ?? bySha.get(sha256);
      if (stored || toolRecordId === undefined) return stored ?? null;
      return store.imports.sourceFor(sha256, toolRecordId) ?? byToolId.get(toolRecordId) ?? null;
    },
    addSource: (source) => {
      const seen = { importedAt: now, fileName: source.fileName };
      bySha.set(source.contentSha256, seen);
      if (source.toolRecordId !== null) byToolId.set(source.toolRecordId, seen);
      nextSourceId -= 1;
      return nextSourceId + 1;
    },
    // The mapping is remembered by the commit; this call has already read its files.
    saveMapping: () => undefined,
    apply: (_source, judged) => {
      stock.plan(judged, batch === null ? null : nextTag);
      return [];
    },
  };
}

function importOne(
  pass: ImportPass,
  actor: Actor,
  source: ReadSource,
  index: number,
  options: ImportOptions,
  erasureIds: number[],
): FilePreview {
  const { parsed } = source;
  const lang = options.lang ?? 'fr';
  const before = pass.sourceFor(source.sha256, parsed.sourceId);
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
    store: pass.stock,
    key: `${index}:${recordIndex}`,
    file: source.file.name,
    target: options.targets?.[`${index}:${recordIndex}`],
    canCreate: pass.canCreate,
  });
  if (before) {
    preview.rows = parsed.records.map((record, recordIndex) => ({
      ...judgeRecord(judgeOf(recordIndex), record).row,
      action: 'unchanged',
      refusal: null,
    }));
    return preview;
  }
  const sourceId = pass.addSource({
    contentSha256: source.sha256,
    toolRecordId: parsed.sourceId ?? null,
    fileName: fileName(source),
    format: parsed.format,
    tool: parsed.tool.name,
    toolVersion: parsed.tool.version ?? '',
    batchId: pass.batchId,
    importedBy: actor.id,
    outcome: {},
  });
  if (source.mappingKey && parsed.spreadsheet && options.mappings?.[source.file.name]) {
    pass.saveMapping(source.mappingKey, parsed.spreadsheet.mapping);
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
    erasureIds.push(...pass.apply(applySource, judged, record.notes));
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

function importAll(pass: ImportPass, actor: Actor, sources: readonly ReadSource[], options: ImportOptions) {
  const erasureIds: number[] = [];
  const files = sources.map((source, index) => importOne(pass, actor, source, index, options, erasureIds));
  return { files, counts: countRows(files), erasureIds };
}

const carriesErasures = (sources: readonly ReadSource[]) =>
  sources.some((source) => source.parsed.records.some((record) => record.erasures.length > 0));

/**
 * The preview judges every row in memory (`previewPass`) and writes nothing. Files with erasures are the exception:
 * recording one moves its device through the erasure desk's rules (a failed wipe quarantines, a later row may then
 * be refused), which the view does not model, so those run the commit's own pass in a transaction that is always
 * rolled back. Neither appends events.
 */
function previewRun(
  store: Store,
  actor: Actor,
  sources: readonly ReadSource[],
  options: ImportOptions,
): ImportCommitResult {
  const tx: Tx = { now: store.clock().toISOString(), actor, record: () => undefined };
  if (!carriesErasures(sources)) {
    // One read transaction: every row is judged against the same state of the stock.
    const result = store.db
      .transaction(() => importAll(previewPass(store, tx.now, sources, options.batchId), actor, sources, options))
      .deferred();
    // A device the import creates has no id before the commit (the view numbers them below zero).
    for (const file of result.files)
      for (const row of file.rows) if (row.deviceId !== null && row.deviceId < 0) row.deviceId = null;
    return result;
  }
  const run = store.db.transaction(() => {
    throw new PreviewOnly(importAll(commitPass(store, tx, actor, sources, options.batchId), actor, sources, options));
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
    const result = importAll(commitPass(store, tx, actor, sources, options.batchId), actor, sources, options);
    for (const queueId of options.queueIds ?? []) {
      if (store.imports.handle(queueId, 'imported', actor.id, tx.now)) tx.record('import', queueId, 'import.imported');
    }
    return result;
  });
}

export type { PreviewRow };
