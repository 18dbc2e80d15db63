import type { RemovedDrive } from '../../../shared/contract/drives';
import type { Db } from '../open';

export interface NewDriveRemoval {
  driveId: number;
  reason: RemovedDrive['reason'];
  replacementDriveId: number | null;
  note: string;
  removedBy: number;
}

/** Drives taken out of their device (0014): removed, or replaced by another drive. */
export class DriveRemovalRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      insert: db.prepare<[NewDriveRemoval & { now: string }]>(
        `INSERT INTO drive_removals (drive_id, reason, replacement_drive_id, note, removed_by, removed_at)
         VALUES (@driveId, @reason, @replacementDriveId, @note, @removedBy, @now)`,
      ),
      isRemoved: db.prepare<[driveId: number], number>('SELECT 1 FROM drive_removals WHERE drive_id = ?').pluck(),
      forDevice: db.prepare<[deviceId: number], RemovedDrive>(
        `SELECT dr.id, dr.serial, dr.type, dr.capacity_gb AS capacityGb, r.reason,
           r.replacement_drive_id AS replacementDriveId, coalesce(r.note, '') AS note, r.removed_at AS removedAt,
           o.name AS removedByName
         FROM drive_removals r JOIN drives dr ON dr.id = r.drive_id JOIN operators o ON o.id = r.removed_by
         WHERE dr.device_id = ? ORDER BY r.removed_at, dr.id`,
      ),
    };
  }

  insert(removal: NewDriveRemoval, now: string): void {
    this.statements.insert.run({ ...removal, now });
  }

  isRemoved(driveId: number): boolean {
    return this.statements.isRemoved.get(driveId) !== undefined;
  }

  forDevice(deviceId: number): RemovedDrive[] {
    return this.statements.forDevice.all(deviceId);
  }
}
