import type { Drive } from '../../../shared/contract/devices';
import type { ErasureRecord } from '../../../shared/contract/erasure';
import type { MediaErasureState } from '../../../shared/domain/lifecycle';
import type { DriveType, FactoryResetCheck } from '../../../shared/domain/values';
import type { Db } from '../open';
import type { Column, TableRow } from '../tables';

export type NewErasure = Omit<
  ErasureRecord,
  'id' | 'assetTag' | 'driveSerial' | 'performedBy' | 'verifiedBy' | 'verifiedAt' | 'verificationNotes'
> & { performedBy: number };

interface ErasureRow extends Omit<ErasureRecord, 'checklist' | 'performedBy' | 'verifiedBy'> {
  checklist: Column<'erasures', 'checklist'>;
  performedById: Column<'erasures', 'performed_by'>;
  performedByName: Column<'operators', 'name'>;
  verifiedById: Column<'erasures', 'verified_by'>;
  verifiedByName: Column<'operators', 'name'> | null;
}

/** A drive as read: SQLite answers the health flag as 0 or 1. */
type DriveRow = Omit<Drive, 'erasure' | 'healthFailed'> & { healthFailed: number };
type DriveOwner = Pick<TableRow<'drives'>, 'id' | 'serial'> & { deviceId: Column<'drives', 'device_id'> };

interface StateRow {
  driveId: Column<'erasures', 'drive_id'>;
  result: Column<'erasures', 'result'>;
  verifiedAt: Column<'erasures', 'verified_at'>;
}

function toRecord(row: ErasureRow): ErasureRecord {
  const { performedById, performedByName, verifiedById, verifiedByName, checklist, ...rest } = row;
  return {
    ...rest,
    checklist: JSON.parse(checklist) as FactoryResetCheck[],
    performedBy: { id: performedById, name: performedByName },
    verifiedBy: verifiedById === null ? null : { id: verifiedById, name: verifiedByName ?? '' },
  };
}

/** The erasure state of a medium from its records, oldest first: the latest record decides. */
export function mediaState(records: readonly { result: string; verifiedAt: string | null }[]): MediaErasureState {
  const latest = records.at(-1);
  if (!latest) return 'none';
  if (latest.result === 'failed') return 'failed';
  return latest.verifiedAt === null ? 'pending_verification' : 'verified';
}

/** Drives of devices and the erasures of drives or whole devices. */
export class ErasureRepository {
  private readonly statements;

  constructor(db: Db) {
    const columns = `e.id, e.device_id AS deviceId, d.asset_tag AS assetTag, e.drive_id AS driveId,
      dr.serial AS driveSerial, e.level, e.technique, e.passes, e.tool, e.tool_version AS toolVersion,
      e.started_at AS startedAt, e.ended_at AS endedAt, e.result, e.verification, e.checklist, e.destination,
      e.evidence_text AS evidenceText, e.evidence_sha256 AS evidenceSha256, e.notes, e.backup,
      e.backup_location AS backupLocation, e.classification_after AS classificationAfter, e.command,
      e.os_version AS osVersion,
      e.performed_by AS performedById, p.name AS performedByName, e.verified_by AS verifiedById,
      v.name AS verifiedByName, e.verified_at AS verifiedAt, e.verification_notes AS verificationNotes`;
    const from = `FROM erasures e JOIN devices d ON d.id = e.device_id LEFT JOIN drives dr ON dr.id = e.drive_id
      JOIN operators p ON p.id = e.performed_by LEFT JOIN operators v ON v.id = e.verified_by`;
    this.statements = {
      insertDrive: db.prepare(
        'INSERT INTO drives (device_id, serial, type, capacity_gb, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      // The drives in the device: one taken out (drive_removals) keeps its row and records but is no longer listed.
      drives: db.prepare<[deviceId: number], DriveRow>(
        `SELECT dr.id, dr.serial, dr.type, dr.capacity_gb AS capacityGb, coalesce(dd.health_failed, 0) AS healthFailed
         FROM drives dr LEFT JOIN drive_details dd ON dd.drive_id = dr.id
         WHERE dr.device_id = ? AND NOT EXISTS (SELECT 1 FROM drive_removals r WHERE r.drive_id = dr.id)
         ORDER BY dr.id`,
      ),
      drive: db.prepare<[id: number], DriveOwner>('SELECT id, device_id AS deviceId, serial FROM drives WHERE id = ?'),
      driveBySerial: db
        .prepare<[serial: string], Column<'devices', 'asset_tag'>>(
          `SELECT d.asset_tag FROM drives dr JOIN devices d ON d.id = dr.device_id
         WHERE dr.serial = ? AND dr.serial <> '' AND d.status NOT IN ('recycled', 'harvested', 'lost_stolen', 'voided')
           AND NOT EXISTS (SELECT 1 FROM drive_removals r WHERE r.drive_id = dr.id) LIMIT 1`,
        )
        .pluck(),
      insert: db.prepare(
        `INSERT INTO erasures (device_id, drive_id, level, technique, passes, tool, tool_version, started_at, ended_at,
           result, verification, checklist, destination, evidence_text, evidence_sha256, notes, backup, backup_location,
           classification_after, command, os_version, performed_by, recorded_at)
         VALUES (@deviceId, @driveId, @level, @technique, @passes, @tool, @toolVersion, @startedAt, @endedAt, @result,
           @verification, @checklist, @destination, @evidenceText, @evidenceSha256, @notes, @backup, @backupLocation,
           @classificationAfter, @command, @osVersion, @performedBy, @now)`,
      ),
      one: db.prepare<[id: number], ErasureRow>(`SELECT ${columns} ${from} WHERE e.id = ?`),
      forDevice: db.prepare<[deviceId: number], ErasureRow>(
        `SELECT ${columns} ${from} WHERE e.device_id = ? ORDER BY e.id`,
      ),
      awaiting: db.prepare<[], ErasureRow>(
        // A record followed by a newer one for the same medium no longer decides anything: not worth verifying.
        `SELECT ${columns} ${from} WHERE e.verified_by IS NULL AND e.result = 'success'
           AND NOT EXISTS (SELECT 1 FROM erasures later WHERE later.device_id = e.device_id
             AND later.drive_id IS e.drive_id AND later.id > e.id)
         ORDER BY e.id LIMIT 500`,
      ),
      verify: db.prepare(
        'UPDATE erasures SET verified_by = ?, verified_at = ?, verification_notes = ? WHERE id = ? AND verified_by IS NULL',
      ),
      states: db.prepare<[deviceId: number, fromId: number], StateRow>(
        `SELECT drive_id AS driveId, result, verified_at AS verifiedAt FROM erasures
         WHERE device_id = ? AND id >= ? ORDER BY id`,
      ),
    };
  }

  insertDrive(
    deviceId: number,
    drive: { serial: string; type: DriveType; capacityGb: number | null },
    now: string,
  ): number {
    return Number(
      this.statements.insertDrive.run(deviceId, drive.serial, drive.type, drive.capacityGb, now).lastInsertRowid,
    );
  }

  driveIds(deviceId: number): number[] {
    return this.statements.drives.all(deviceId).map((drive) => drive.id);
  }

  drive(id: number): DriveOwner | null {
    return this.statements.drive.get(id) ?? null;
  }

  /** The asset tag of a device still with us that holds a drive of this serial, if any. */
  deviceHoldingDrive(serial: string): string | null {
    return this.statements.driveBySerial.get(serial) ?? null;
  }

  insert(erasure: NewErasure, now: string): number {
    return Number(
      this.statements.insert.run({ ...erasure, checklist: JSON.stringify(erasure.checklist), now }).lastInsertRowid,
    );
  }

  get(id: number): ErasureRecord | null {
    const row = this.statements.one.get(id);
    return row ? toRecord(row) : null;
  }

  forDevice(deviceId: number): ErasureRecord[] {
    return this.statements.forDevice.all(deviceId).map(toRecord);
  }

  awaitingVerification(): ErasureRecord[] {
    return this.statements.awaiting.all().map(toRecord);
  }

  verify(id: number, verifierId: number, notes: string | null, now: string): boolean {
    return this.statements.verify.run(verifierId, now, notes, id).changes === 1;
  }

  /** Drives with their erasure state, and the state of the whole-device records, from records at or after `fromId`. */
  mediaStates(deviceId: number, fromId = 0): { drives: Drive[]; wholeDevice: MediaErasureState } {
    const records = this.statements.states.all(deviceId, fromId);
    const drives = this.statements.drives.all(deviceId).map((drive) => ({
      ...drive,
      healthFailed: drive.healthFailed === 1,
      erasure: mediaState(records.filter((record) => record.driveId === drive.id)),
    }));
    return { drives, wholeDevice: mediaState(records.filter((record) => record.driveId === null)) };
  }
}
