import type {
  DriveHealth,
  ExternalReference,
  HiddenAreaState,
  ImportedErasureStatus,
} from '../../../shared/domain/import-records';
import type { Db } from '../open';
import { oneRow } from '../one-row';
import type { Column, TableRow } from '../tables';

type DriveHealthRow = {
  driveId: Column<'drive_details', 'drive_id'>;
  model: Column<'drive_details', 'model'>;
  failed: Column<'drive_details', 'health_failed'>;
  reasons: Column<'drive_details', 'health_reasons'>;
};
type EvidenceFile = {
  fileName: Column<'erasure_evidence_files', 'file_name'>;
  mediaType: Column<'erasure_evidence_files', 'media_type'>;
  bytes: Column<'erasure_evidence_files', 'bytes'>;
  sha256: Column<'erasure_evidence_files', 'sha256'>;
};
type DriveOfDevice = Pick<TableRow<'drives'>, 'id' | 'serial'> & { model: string };
type ErasureViewRow = Omit<ImportedErasureView, 'hasEvidence' | 'driveHealthFailed'> & {
  hasEvidence: number;
  driveHealthFailed: number;
};

export interface ImportSourceRow {
  id: number;
  contentSha256: string;
  toolRecordId: string | null;
  fileName: string;
  format: string;
  tool: string;
  toolVersion: string;
  importedAt: string;
}

export interface NewImportSource {
  contentSha256: string;
  toolRecordId: string | null;
  fileName: string;
  format: string;
  tool: string;
  toolVersion: string;
  batchId: number | null;
  importedBy: number;
  outcome: Record<string, number>;
}

export interface ImportedErasureDetail {
  erasureId: number;
  sourceId: number;
  toolMethod: string;
  toolStatus: ImportedErasureStatus;
  hiddenAreas: string | null;
  bytesErased: number | null;
  bytesTotal: number | null;
  roundsAsked: number | null;
  roundsDone: number | null;
  errors: number | null;
  userTag: string;
}

export interface ImportedErasureView {
  erasureId: number;
  /** Null for an erasure recorded at the desk. */
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

export interface QueuedImport {
  id: number;
  fileName: string;
  contentSha256: string;
  origin: 'drop_folder' | 'hub';
  receivedAt: string;
  status: 'waiting' | 'imported' | 'dismissed';
}

/** Import sources, drive details and health, imported erasure details and evidence, external references, mappings, queue. */
export class ImportRepository {
  private readonly statements;

  constructor(db: Db) {
    const sourceColumns = `id, content_sha256 AS contentSha256, tool_record_id AS toolRecordId, file_name AS fileName,
      format, tool, tool_version AS toolVersion, imported_at AS importedAt`;
    const queueColumns = `id, file_name AS fileName, content_sha256 AS contentSha256, origin, received_at AS receivedAt, status`;
    this.statements = {
      sourceBySha: db.prepare<[contentSha256: string], ImportSourceRow>(
        `SELECT ${sourceColumns} FROM import_sources WHERE content_sha256 = ?`,
      ),
      sourceByToolId: db.prepare<[toolRecordId: string], ImportSourceRow>(
        `SELECT ${sourceColumns} FROM import_sources WHERE tool_record_id = ?`,
      ),
      insertSource: db.prepare(
        `INSERT INTO import_sources (content_sha256, tool_record_id, file_name, format, tool, tool_version, batch_id,
           imported_by, imported_at, outcome)
         VALUES (@contentSha256, @toolRecordId, @fileName, @format, @tool, @toolVersion, @batchId, @importedBy, @now, @outcome)`,
      ),
      upsertDriveDetails: db.prepare(
        `INSERT INTO drive_details (drive_id, model, bus, health_failed, health_reasons, smart_passed, power_on_hours,
           reallocated_sectors, pending_sectors, percentage_used, source_id, updated_at)
         VALUES (@driveId, @model, @bus, @failed, @reasons, @smartPassed, @powerOnHours, @reallocatedSectors,
           @pendingSectors, @percentageUsed, @sourceId, @now)
         ON CONFLICT (drive_id) DO UPDATE SET model = excluded.model, bus = excluded.bus,
           health_failed = excluded.health_failed, health_reasons = excluded.health_reasons,
           smart_passed = excluded.smart_passed, power_on_hours = excluded.power_on_hours,
           reallocated_sectors = excluded.reallocated_sectors, pending_sectors = excluded.pending_sectors,
           percentage_used = excluded.percentage_used, source_id = excluded.source_id, updated_at = excluded.updated_at`,
      ),
      // A failing drive stops counting once its latest erasure record is its physical destruction.
      failingDrives: db
        .prepare<[deviceId: number], number>(
          `SELECT count(*) FROM drive_details dd JOIN drives dr ON dr.id = dd.drive_id
         WHERE dr.device_id = ? AND dd.health_failed = 1
           AND NOT EXISTS (SELECT 1 FROM drive_removals r WHERE r.drive_id = dr.id)
           AND coalesce((SELECT e.technique FROM erasures e WHERE e.drive_id = dr.id ORDER BY e.id DESC LIMIT 1), '')
             <> 'physical_destruction'`,
        )
        .pluck(),
      driveHealth: db.prepare<[deviceId: number], DriveHealthRow>(
        `SELECT dd.drive_id AS driveId, dd.model, dd.health_failed AS failed, dd.health_reasons AS reasons
         FROM drive_details dd JOIN drives dr ON dr.id = dd.drive_id WHERE dr.device_id = ? ORDER BY dd.drive_id`,
      ),
      insertErasureDetail: db.prepare(
        `INSERT INTO imported_erasures (erasure_id, source_id, tool_method, tool_status, hidden_areas, bytes_erased,
           bytes_total, rounds_asked, rounds_done, errors, user_tag)
         VALUES (@erasureId, @sourceId, @toolMethod, @toolStatus, @hiddenAreas, @bytesErased, @bytesTotal, @roundsAsked,
           @roundsDone, @errors, @userTag)`,
      ),
      erasureDetail: db.prepare<[erasureId: number], ImportedErasureDetail>(
        `SELECT erasure_id AS erasureId, source_id AS sourceId, tool_method AS toolMethod, tool_status AS toolStatus,
           hidden_areas AS hiddenAreas, bytes_erased AS bytesErased, bytes_total AS bytesTotal,
           rounds_asked AS roundsAsked, rounds_done AS roundsDone, errors, user_tag AS userTag
         FROM imported_erasures WHERE erasure_id = ?`,
      ),
      erasuresOfSource: db
        .prepare<[sourceId: number], Column<'imported_erasures', 'erasure_id'>>(
          'SELECT erasure_id FROM imported_erasures WHERE source_id = ? ORDER BY erasure_id',
        )
        .pluck(),
      insertEvidence: db.prepare(
        'INSERT INTO erasure_evidence_files (erasure_id, file_name, media_type, bytes, sha256) VALUES (?, ?, ?, ?, ?)',
      ),
      evidence: db.prepare<[erasureId: number], EvidenceFile>(
        'SELECT file_name AS fileName, media_type AS mediaType, bytes, sha256 FROM erasure_evidence_files WHERE erasure_id = ?',
      ),
      deviceByRef: db
        .prepare<[system: string, value: string], Column<'device_external_refs', 'device_id'>>(
          'SELECT device_id FROM device_external_refs WHERE system = ? AND value = ?',
        )
        .pluck(),
      insertRef: db.prepare(
        'INSERT INTO device_external_refs (device_id, system, value, source_id, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      refsOf: db.prepare<[deviceId: number], ExternalReference>(
        'SELECT system, value FROM device_external_refs WHERE device_id = ? ORDER BY id',
      ),
      // Devices still with us (not recycled, lost or voided): a serial or IMEI that left may come back as new.
      bySerial: db
        .prepare<[serial: string, makeKey: string, anyMake: string], Column<'devices', 'id'>>(
          `SELECT id FROM devices WHERE serial = ? AND serial <> '' AND (make_key = ? OR ? = '')
           AND status NOT IN ('recycled', 'lost_stolen', 'voided') ORDER BY id DESC LIMIT 1`,
        )
        .pluck(),
      // Two lookups, each on its own index (an OR of both columns scans the table).
      byImei: db
        .prepare<{ imei: string }, number | null>(
          `SELECT max(id) FROM (
           SELECT id FROM devices WHERE imei = @imei AND imei <> '' AND status NOT IN ('recycled', 'lost_stolen', 'voided')
           UNION ALL
           SELECT id FROM devices WHERE imei2 = @imei AND imei2 <> '' AND status NOT IN ('recycled', 'lost_stolen', 'voided'))`,
        )
        .pluck(),
      drivesOf: db.prepare<[deviceId: number], DriveOfDevice>(
        `SELECT dr.id, dr.serial, coalesce(dd.model, '') AS model FROM drives dr LEFT JOIN drive_details dd ON dd.drive_id = dr.id
         WHERE dr.device_id = ? ORDER BY dr.id`,
      ),
      sameErasure: db
        .prepare<[deviceId: number, driveId: number | null, startedAt: string, tool: string], Column<'erasures', 'id'>>(
          `SELECT e.id FROM erasures e WHERE e.device_id = ? AND e.drive_id IS ? AND e.started_at = ? AND e.tool = ?
         ORDER BY e.id LIMIT 1`,
        )
        .pluck(),
      hasEvidence: db.prepare('SELECT 1 FROM erasure_evidence_files WHERE erasure_id = ?').pluck(),
      erasureView: db.prepare<[erasureId: number], ErasureViewRow>(
        `SELECT e.id AS erasureId, s.file_name AS fileName, s.tool, s.tool_version AS toolVersion,
           ie.tool_method AS method, ie.tool_status AS toolStatus, ie.bytes_erased AS bytesErased,
           ie.bytes_total AS bytesTotal, ie.rounds_asked AS roundsAsked, ie.rounds_done AS roundsDone,
           ie.hidden_areas AS hiddenAreas, (ef.erasure_id IS NOT NULL) AS hasEvidence,
           coalesce(dd.health_failed, 0) AS driveHealthFailed
         FROM erasures e
         LEFT JOIN imported_erasures ie ON ie.erasure_id = e.id
         LEFT JOIN import_sources s ON s.id = ie.source_id
         LEFT JOIN erasure_evidence_files ef ON ef.erasure_id = e.id
         LEFT JOIN drive_details dd ON dd.drive_id = e.drive_id
         WHERE e.id = ?`,
      ),
      mapping: db
        .prepare<[sourceKey: string], Column<'import_mappings', 'mapping'>>(
          'SELECT mapping FROM import_mappings WHERE source_key = ?',
        )
        .pluck(),
      saveMapping: db.prepare(
        `INSERT INTO import_mappings (source_key, mapping, updated_by, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (source_key) DO UPDATE SET mapping = excluded.mapping, updated_by = excluded.updated_by,
           updated_at = excluded.updated_at`,
      ),
      enqueue: db.prepare(
        `INSERT INTO import_queue (file_name, content_sha256, bytes, origin, received_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (content_sha256) DO NOTHING`,
      ),
      queue: db.prepare<[], QueuedImport>(
        `SELECT ${queueColumns} FROM import_queue WHERE status = 'waiting' ORDER BY id LIMIT 500`,
      ),
      queued: db.prepare<[id: number], QueuedImport & { bytes: Buffer }>(
        `SELECT ${queueColumns}, bytes FROM import_queue WHERE id = ?`,
      ),
      queueCount: db.prepare<[], number>("SELECT count(*) FROM import_queue WHERE status = 'waiting'").pluck(),
      handle: db.prepare(
        "UPDATE import_queue SET status = ?, handled_by = ?, handled_at = ? WHERE id = ? AND status = 'waiting'",
      ),
    };
  }

  sourceFor(contentSha256: string, toolRecordId: string | undefined): ImportSourceRow | null {
    const bySha = this.statements.sourceBySha.get(contentSha256);
    if (bySha) return bySha;
    if (toolRecordId === undefined) return null;
    return this.statements.sourceByToolId.get(toolRecordId) ?? null;
  }

  insertSource(source: NewImportSource, now: string): number {
    return Number(
      this.statements.insertSource.run({ ...source, outcome: JSON.stringify(source.outcome), now }).lastInsertRowid,
    );
  }

  saveDriveDetails(
    driveId: number,
    details: { model: string; bus: string; health: DriveHealth | undefined },
    sourceId: number,
    now: string,
  ): void {
    const health = details.health;
    this.statements.upsertDriveDetails.run({
      driveId,
      model: details.model,
      bus: details.bus,
      failed: health?.failed ? 1 : 0,
      reasons: JSON.stringify(health?.reasons ?? []),
      smartPassed: health?.smartPassed === undefined ? null : health.smartPassed ? 1 : 0,
      powerOnHours: health?.powerOnHours ?? null,
      reallocatedSectors: health?.reallocatedSectors ?? null,
      pendingSectors: health?.pendingSectors ?? null,
      percentageUsed: health?.percentageUsed ?? null,
      sourceId,
      now,
    });
  }

  failingDrives(deviceId: number): number {
    return oneRow(this.statements.failingDrives, deviceId);
  }

  driveHealth(deviceId: number): { driveId: number; model: string; failed: boolean; reasons: string[] }[] {
    return this.statements.driveHealth.all(deviceId).map((row) => ({
      ...row,
      failed: row.failed === 1,
      reasons: JSON.parse(row.reasons) as string[],
    }));
  }

  insertErasureDetail(detail: ImportedErasureDetail): void {
    this.statements.insertErasureDetail.run(detail);
  }

  erasureDetail(erasureId: number): ImportedErasureDetail | null {
    return this.statements.erasureDetail.get(erasureId) ?? null;
  }

  erasuresOfSource(sourceId: number): number[] {
    return this.statements.erasuresOfSource.all(sourceId);
  }

  insertEvidence(
    erasureId: number,
    file: { name: string; mediaType: string; bytes: Uint8Array; sha256: string },
  ): void {
    this.statements.insertEvidence.run(erasureId, file.name, file.mediaType, Buffer.from(file.bytes), file.sha256);
  }

  evidence(erasureId: number): EvidenceFile | null {
    return this.statements.evidence.get(erasureId) ?? null;
  }

  deviceByRef(ref: ExternalReference): number | null {
    return this.statements.deviceByRef.get(ref.system, ref.value) ?? null;
  }

  insertRef(deviceId: number, ref: ExternalReference, sourceId: number, now: string): void {
    this.statements.insertRef.run(deviceId, ref.system, ref.value, sourceId, now);
  }

  refsOf(deviceId: number): ExternalReference[] {
    return this.statements.refsOf.all(deviceId);
  }

  /** A device still in stock with this serial: of this make, or of any make when the file names none. */
  deviceWithSerial(serial: string, makeKey: string): number | null {
    return this.statements.bySerial.get(serial, makeKey, makeKey) ?? null;
  }

  deviceWithImei(imei: string): number | null {
    return this.statements.byImei.get({ imei }) ?? null;
  }

  drivesOf(deviceId: number): DriveOfDevice[] {
    return this.statements.drivesOf.all(deviceId);
  }

  /** The erasure already recorded for this medium at this start by this tool (the same wipe from its log and its PDF). */
  sameErasure(deviceId: number, driveId: number | null, startedAt: string, tool: string): number | null {
    return this.statements.sameErasure.get(deviceId, driveId, startedAt, tool) ?? null;
  }

  hasEvidence(erasureId: number): boolean {
    return this.statements.hasEvidence.get(erasureId) !== undefined;
  }

  /** What the erasure desk shows of an erasure beyond its record: where it was imported from, and its drive's health. */
  erasureView(erasureId: number): ImportedErasureView | null {
    const row = this.statements.erasureView.get(erasureId);
    if (!row) return null;
    return { ...row, hasEvidence: row.hasEvidence === 1, driveHealthFailed: row.driveHealthFailed === 1 };
  }

  mapping(sourceKey: string): Record<string, string> | null {
    const raw = this.statements.mapping.get(sourceKey);
    return raw === undefined ? null : (JSON.parse(raw) as Record<string, string>);
  }

  saveMapping(sourceKey: string, mapping: Record<string, string>, operatorId: number, now: string): void {
    this.statements.saveMapping.run(sourceKey, JSON.stringify(mapping), operatorId, now);
  }

  /** The new entry's id; null when a file of the same content is already queued (or was). */
  enqueue(
    file: { name: string; bytes: Uint8Array; sha256: string; origin: 'drop_folder' | 'hub' },
    now: string,
  ): number | null {
    const result = this.statements.enqueue.run(file.name, file.sha256, Buffer.from(file.bytes), file.origin, now);
    return result.changes === 1 ? Number(result.lastInsertRowid) : null;
  }

  waiting(): QueuedImport[] {
    return this.statements.queue.all();
  }

  queued(id: number): (QueuedImport & { bytes: Buffer }) | null {
    return this.statements.queued.get(id) ?? null;
  }

  waitingCount(): number {
    return oneRow(this.statements.queueCount);
  }

  handle(id: number, status: 'imported' | 'dismissed', operatorId: number, now: string): boolean {
    return this.statements.handle.run(status, operatorId, now, id).changes === 1;
  }
}
