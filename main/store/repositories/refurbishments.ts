import type { PartUsed, RefurbishmentRecord } from '../../../shared/contract/refurbishment';
import type { DiagnosticCheck, DiagnosticOutcome, RefurbishmentOutcome } from '../../../shared/domain/values';
import type { Db } from '../open';

export interface NewRefurbishment {
  deviceId: number;
  diagnostics: Partial<Record<DiagnosticCheck, DiagnosticOutcome>>;
  parts: PartUsed[];
  labourMinutes: number;
  outcome: RefurbishmentOutcome;
  notes: string | null;
  performedBy: number;
}

interface RefurbishmentRow {
  id: number;
  deviceId: number;
  diagnostics: string;
  labourMinutes: number;
  outcome: RefurbishmentOutcome;
  notes: string | null;
  performedById: number;
  performedByName: string;
  recordedAt: string;
  qcPassed: number | null;
  qcById: number | null;
  qcByName: string | null;
  qcAt: string | null;
  qcNotes: string | null;
}

export class RefurbishmentRepository {
  private readonly statements;

  constructor(db: Db) {
    const columns = `r.id, r.device_id AS deviceId, r.diagnostics, r.labour_minutes AS labourMinutes, r.outcome,
      r.notes, r.performed_by AS performedById, p.name AS performedByName, r.recorded_at AS recordedAt,
      r.qc_passed AS qcPassed, r.qc_by AS qcById, q.name AS qcByName, r.qc_at AS qcAt, r.qc_notes AS qcNotes`;
    const from = 'FROM refurbishments r JOIN operators p ON p.id = r.performed_by LEFT JOIN operators q ON q.id = r.qc_by';
    this.statements = {
      insert: db.prepare(
        `INSERT INTO refurbishments (device_id, diagnostics, labour_minutes, outcome, notes, performed_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertPart: db.prepare(
        'INSERT INTO refurbishment_parts (refurbishment_id, name, quantity, cost_cents) VALUES (?, ?, ?, ?)',
      ),
      parts: db.prepare(
        'SELECT name, quantity, cost_cents AS costCents FROM refurbishment_parts WHERE refurbishment_id = ? ORDER BY id',
      ),
      forDevice: db.prepare(`SELECT ${columns} ${from} WHERE r.device_id = ? ORDER BY r.id`),
      latestId: db.prepare('SELECT max(id) FROM refurbishments WHERE device_id = ?').pluck(),
      latestQc: db
        .prepare('SELECT qc_passed FROM refurbishments WHERE device_id = ? AND id >= ? ORDER BY id DESC LIMIT 1')
        .pluck(),
      one: db.prepare(`SELECT ${columns} ${from} WHERE r.id = ?`),
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
    const row = this.statements.one.get(id) as RefurbishmentRow | undefined;
    return row ? this.toRecord(row) : null;
  }

  forDevice(deviceId: number): RefurbishmentRecord[] {
    return (this.statements.forDevice.all(deviceId) as RefurbishmentRow[]).map((row) => this.toRecord(row));
  }

  latestId(deviceId: number): number | null {
    return (this.statements.latestId.get(deviceId) as number | null) ?? null;
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
      parts: this.statements.parts.all(row.id) as PartUsed[],
      labourMinutes: row.labourMinutes,
      outcome: row.outcome,
      notes: row.notes,
      performedBy: { id: row.performedById, name: row.performedByName },
      recordedAt: row.recordedAt,
      qc:
        row.qcPassed === null || row.qcById === null || row.qcAt === null
          ? null
          : { passed: row.qcPassed === 1, by: { id: row.qcById, name: row.qcByName ?? '' }, at: row.qcAt, notes: row.qcNotes },
    };
  }
}
