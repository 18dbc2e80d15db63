import type { RecyclingRecord } from '../../../shared/contract/recycling';
import type { Db } from '../open';
import type { Column } from '../tables';

export type NewRecycling = Omit<RecyclingRecord, 'id' | 'deviceCount' | 'recordedBy'> & { recordedBy: number };

interface RecyclingRow extends Omit<RecyclingRecord, 'recordedBy'> {
  recordedById: Column<'recyclings', 'recorded_by'>;
  recordedByName: Column<'operators', 'name'>;
}

export class RecyclingRepository {
  private readonly statements;

  constructor(db: Db) {
    const columns = `r.id, r.recycler, r.pickup_date AS pickupDate, r.weight_kg AS weightKg,
      r.certificate_ref AS certificateRef, r.notes, r.waste_code AS wasteCode, r.recycler_kind AS recyclerKind,
      r.contract_ref AS contractRef, r.transport_document AS transportDocument, r.recorded_by AS recordedById, o.name AS recordedByName,
      (SELECT count(*) FROM recycling_devices rd WHERE rd.recycling_id = r.id) AS deviceCount`;
    const from = 'FROM recyclings r JOIN operators o ON o.id = r.recorded_by';
    this.statements = {
      insert: db.prepare(
        `INSERT INTO recyclings (recycler, pickup_date, weight_kg, certificate_ref, notes, waste_code, recycler_kind,
           contract_ref, transport_document, recorded_by, recorded_at)
         VALUES (@recycler, @pickupDate, @weightKg, @certificateRef, @notes, @wasteCode, @recyclerKind, @contractRef,
           @transportDocument, @recordedBy, @now)`,
      ),
      link: db.prepare('INSERT INTO recycling_devices (recycling_id, device_id) VALUES (?, ?)'),
      one: db.prepare<[id: number], RecyclingRow>(`SELECT ${columns} ${from} WHERE r.id = ?`),
      list: db.prepare<[], RecyclingRow>(`SELECT ${columns} ${from} ORDER BY r.pickup_date DESC, r.id DESC LIMIT 500`),
    };
  }

  insert(recycling: NewRecycling, now: string): number {
    return Number(this.statements.insert.run({ ...recycling, now }).lastInsertRowid);
  }

  link(recyclingId: number, deviceIds: readonly number[]): void {
    for (const deviceId of deviceIds) this.statements.link.run(recyclingId, deviceId);
  }

  get(id: number): RecyclingRecord | null {
    const row = this.statements.one.get(id);
    return row ? toRecord(row) : null;
  }

  list(): RecyclingRecord[] {
    return this.statements.list.all().map(toRecord);
  }
}

function toRecord({ recordedById, recordedByName, ...row }: RecyclingRow): RecyclingRecord {
  return { ...row, recordedBy: { id: recordedById, name: recordedByName } };
}
