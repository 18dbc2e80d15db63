import type { PartUsed, RefurbishmentRecord } from '../../../shared/contract/refurbishment';
import type { DiagnosticCheck, DiagnosticOutcome, RefurbishmentOutcome } from '../../../shared/domain/values';
import type { Db } from '../open';
import type { Column, TableRow } from '../tables';

export interface NewRefurbishment {
  deviceId: number;
  diagnostics: Partial<Record<DiagnosticCheck, DiagnosticOutcome>>;
  parts: PartUsed[];
  labourMinutes: number;
  outcome: RefurbishmentOutcome;
  notes: string | null;
  performedBy: number;
}

type Refurbishments = TableRow<'refurbishments'>;

interface RefurbishmentRow {
  id: Refurbishments['id'];
  deviceId: Refurbishments['device_id'];
  diagnostics: Refurbishments['diagnostics'];
  labourMinutes: Refurbishments['labour_minutes'];
  outcome: Refurbishments['outcome'];
  notes: Refurbishments['notes'];
  performedById: Refurbishments['performed_by'];
  performedByName: Column<'operators', 'name'>;
  recordedAt: Refurbishments['recorded_at'];
  qcPassed: Refurbishments['qc_passed'];
  qcById: Refurbishments['qc_by'];
  qcByName: Column<'operators', 'name'> | null;
  qcAt: Refurbishments['qc_at'];
  qcNotes: Refurbishments['qc_notes'];
}

export class RefurbishmentRepository {
  private readonly statements;

  constructor(db: Db) {
    const columns = `r.id, r.device_id AS deviceId, r.diagnostics, r.labour_minutes AS labourMinutes, r.outcome,
      r.notes, r.performed_by AS performedById, p.name AS performedByName, r.recorded_at AS recordedAt,
      r.qc_passed AS qcPassed, r.qc_by AS qcById, q.name AS qcByName, r.qc_at AS qcAt, r.qc_notes AS qcNotes`;
    const from =
      'FROM refurbishments r JOIN operators p ON p.id = r.performed_by LEFT JOIN operators q ON q.id = r.qc_by';
    this.statements = {
      insert: db.prepare(
        `INSERT INTO refurbishments (device_id, diagnostics, labour_minutes, outcome, notes, performed_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertPart: db.prepare(
        'INSERT INTO refurbishment_parts (refurbishment_id, name, quantity, cost_cents) VALUES (?, ?, ?, ?)',
      ),
      parts: db.prepare<[refurbishmentId: number], PartUsed>(
        'SELECT name, quantity, cost_cents AS costCents FROM refurbishment_parts WHERE refurbishment_id = ? ORDER BY id',
      ),
      forDevice: db.prepare<[deviceId: number], RefurbishmentRow>(
        `SELECT ${columns} ${from} WHERE r.device_id = ? ORDER BY r.id`,
      ),
      latestId: db
        .prepare<[deviceId: number], number | null>('SELECT max(id) FROM refurbishments WHERE device_id = ?')
        .pluck(),
      latestQc: db
        .prepare<[deviceId: number, fromId: number], Refurbishments['qc_passed']>(
          'SELECT qc_passed FROM refurbishments WHERE device_id = ? AND id >= ? ORDER BY id DESC LIMIT 1',
        )
        .pluck(),
      one: db.prepare<[id: number], RefurbishmentRow>(`SELECT ${columns} ${from} WHERE r.id = ?`),
      setQc: db.prepare('UPDATE refurbishments SET qc_passed = ?, qc_by = ?, qc_at = ?, qc_notes = ? WHERE id = ?'),
    };
  }

  insert(record: NewRefurbishment, now: string): number {
    const id = Number(
      this.statements.insert.run(
        record.deviceId,
        JSON.stringify(record.diagnostics),
        record.labourMinutes,
        record.outcome,
        record.notes,
        record.performedBy,
        now,
      ).lastInsertRowid,
    );
    for (const part of record.parts) this.statements.insertPart.run(id, part.name, part.quantity, part.costCents);
    return id;
  }

  get(id: number): RefurbishmentRecord | null {
    const row = this.statements.one.get(id);
    return row ? this.toRecord(row) : null;
  }

  forDevice(deviceId: number): RefurbishmentRecord[] {
    return this.statements.forDevice.all(deviceId).map((row) => this.toRecord(row));
  }

  latestId(deviceId: number): number | null {
    return this.statements.latestId.get(deviceId) ?? null;
  }

  /** The quality check counts only on the latest pass at the bench, among records at or after `fromId`. */
  latestQcPassed(deviceId: number, fromId = 0): boolean {
    return this.statements.latestQc.get(deviceId, fromId) === 1;
  }

  setQualityCheck(id: number, passed: boolean, operatorId: number, notes: string | null, now: string): void {
    this.statements.setQc.run(passed ? 1 : 0, operatorId, now, notes, id);
  }

  private toRecord(row: RefurbishmentRow): RefurbishmentRecord {
    return {
      id: row.id,
      deviceId: row.deviceId,
      diagnostics: JSON.parse(row.diagnostics) as RefurbishmentRecord['diagnostics'],
      parts: this.statements.parts.all(row.id),
      labourMinutes: row.labourMinutes,
      outcome: row.outcome,
      notes: row.notes,
      performedBy: { id: row.performedById, name: row.performedByName },
      recordedAt: row.recordedAt,
      qc:
        row.qcPassed === null || row.qcById === null || row.qcAt === null
          ? null
          : {
              passed: row.qcPassed === 1,
              by: { id: row.qcById, name: row.qcByName ?? '' },
              at: row.qcAt,
              notes: row.qcNotes,
            },
    };
  }
}
