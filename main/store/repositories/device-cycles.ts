import type { Db } from '../open';

/** Where a device's current stay with us begins, as the first erasure and refurbishment record ids that count. */
export interface CycleFloors {
  erasureId: number;
  refurbishmentId: number;
}

const WHOLE_HISTORY: CycleFloors = { erasureId: 0, refurbishmentId: 0 };
/** Above every id: nothing recorded yet in this stay. */
const NOTHING_YET = Number.MAX_SAFE_INTEGER;

/**
 * A device that comes back from outside (a loan returned, a lost device found) starts a new stay: proof of erasure,
 * quality checks and grading from before it left say nothing about what it holds now. The event log orders the
 * re-entry and the records exactly, which timestamps from one clock tick could not.
 */
export class DeviceCycleRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      lastReentry: db
        .prepare<[deviceId: number], number | null>(
          `SELECT max(id) FROM events WHERE entity = 'device' AND entity_id = ?
             AND type IN ('lifecycle.record_return', 'lifecycle.recover')`,
        )
        .pluck(),
      firstRecordSince: db
        .prepare<[key: string, deviceId: number, type: string, since: number], number | null>(
          `SELECT min(json_extract(payload, '$.' || ?)) FROM events
           WHERE entity = 'device' AND entity_id = ? AND type = ? AND id > ?`,
        )
        .pluck(),
    };
  }

  floors(deviceId: number): CycleFloors {
    const since = this.statements.lastReentry.get(deviceId) ?? null;
    if (since === null) return WHOLE_HISTORY;
    const first = (key: string, type: string) =>
      this.statements.firstRecordSince.get(key, deviceId, type, since) ?? NOTHING_YET;
    return {
      erasureId: first('erasureId', 'erasure.recorded'),
      refurbishmentId: first('refurbishmentId', 'refurbishment.recorded'),
    };
  }
}
