import type { Batch } from '../../../shared/contract/intake';
import type { Db } from '../open';
import type { Column } from '../tables';

interface BatchRow extends Omit<Batch, 'closed'> {
  closedAt: Column<'batches', 'closed_at'>;
}

export interface NewBatch {
  code: string;
  donorId: number;
  siteId: number;
  receivedOn: string;
  expectedCount: number | null;
  notes: string | null;
}

export class BatchRepository {
  private readonly statements;

  constructor(db: Db) {
    const columns = `b.id, b.code, b.donor_id AS donorId, dn.name AS donorName, b.site_id AS siteId,
      s.name AS siteName, b.received_on AS receivedOn, b.expected_count AS expectedCount, b.notes,
      b.closed_at AS closedAt, (SELECT count(*) FROM devices d WHERE d.batch_id = b.id AND d.status <> 'voided') AS receivedCount`;
    const from = 'FROM batches b JOIN donors dn ON dn.id = b.donor_id JOIN sites s ON s.id = b.site_id';
    this.statements = {
      open: db.prepare<[], BatchRow>(
        `SELECT ${columns} ${from} WHERE b.closed_at IS NULL ORDER BY b.received_on DESC, b.id DESC`,
      ),
      all: db.prepare<[], BatchRow>(`SELECT ${columns} ${from} ORDER BY b.received_on DESC, b.id DESC LIMIT 1000`),
      one: db.prepare<[id: number], BatchRow>(`SELECT ${columns} ${from} WHERE b.id = ?`),
      insert: db.prepare(
        `INSERT INTO batches (code, donor_id, site_id, received_on, expected_count, notes, created_at)
         VALUES (@code, @donorId, @siteId, @receivedOn, @expectedCount, @notes, @now)`,
      ),
      close: db.prepare('UPDATE batches SET closed_at = ?, closed_by = ? WHERE id = ?'),
      update: db.prepare(
        'UPDATE batches SET donor_id = @donorId, received_on = @receivedOn, expected_count = @expectedCount, notes = @notes WHERE id = @id',
      ),
      devicesReceivedOn: db.prepare('UPDATE devices SET received_on = ? WHERE batch_id = ?'),
      reopen: db.prepare('UPDATE batches SET closed_at = NULL, closed_by = NULL WHERE id = ?'),
      deviceIds: db
        .prepare<[batchId: number], Column<'devices', 'id'>>(
          "SELECT id FROM devices WHERE batch_id = ? AND status <> 'voided' ORDER BY id",
        )
        .pluck(),
    };
  }

  list(includeClosed: boolean): Batch[] {
    const rows = (includeClosed ? this.statements.all : this.statements.open).all();
    return rows.map(toBatch);
  }

  get(id: number): Batch | null {
    const row = this.statements.one.get(id);
    return row ? toBatch(row) : null;
  }

  insert(batch: NewBatch, now: string): number {
    return Number(this.statements.insert.run({ ...batch, now }).lastInsertRowid);
  }

  close(id: number, operatorId: number, now: string): void {
    this.statements.close.run(now, operatorId, id);
  }

  /** The batch's facts; when its date changes, its devices' reception day follows. */
  update(
    id: number,
    facts: { donorId: number; receivedOn: string; expectedCount: number | null; notes: string | null },
    dateChanged: boolean,
  ): void {
    this.statements.update.run({ id, ...facts });
    if (dateChanged) this.statements.devicesReceivedOn.run(facts.receivedOn, id);
  }

  reopen(id: number): void {
    this.statements.reopen.run(id);
  }

  /** The batch's devices, its voided records left out (they were never really received): closing and documents. */
  deviceIds(id: number): number[] {
    return this.statements.deviceIds.all(id);
  }
}

function toBatch({ closedAt, ...row }: BatchRow): Batch {
  return { ...row, closed: closedAt !== null };
}
