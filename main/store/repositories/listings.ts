import type { Db } from '../open';
import type { Column } from '../tables';

type OpenOrClosed = 'open' | 'closed';

// Type aliases rather than interfaces: the command line prints any row as a record of columns.

export type DeviceListRow = {
  id: Column<'devices', 'id'>;
  assetTag: Column<'devices', 'asset_tag'>;
  kind: Column<'devices', 'kind'>;
  status: Column<'devices', 'status'>;
  make: Column<'devices', 'make'>;
  model: Column<'devices', 'model'>;
  serial: Column<'devices', 'serial'>;
  imei: Column<'devices', 'imei'>;
  /** Null rather than '' for a device not graded yet. */
  grade: Column<'devices', 'grade'> | null;
  batch: Column<'batches', 'code'>;
  receivedOn: Column<'devices', 'received_on'>;
};

export type BatchListRow = {
  id: Column<'batches', 'id'>;
  code: Column<'batches', 'code'>;
  donor: Column<'donors', 'name'>;
  site: Column<'sites', 'name'>;
  receivedOn: Column<'batches', 'received_on'>;
  devices: number;
  status: OpenOrClosed;
};

export type HandoverListRow = {
  id: Column<'handovers', 'id'>;
  number: Column<'handovers', 'number'>;
  kind: Column<'handovers', 'kind'>;
  handedOn: Column<'handovers', 'handed_on'>;
  dueOn: Column<'handovers', 'due_on'>;
  closedOn: Column<'handovers', 'closed_on'>;
  status: OpenOrClosed;
  items: number;
};

export type ReturnListRow = {
  id: Column<'returns', 'id'>;
  number: Column<'returns', 'number'>;
  handover: Column<'handovers', 'number'>;
  returnedOn: Column<'returns', 'returned_on'>;
  items: number;
};

/** Flat rows for the command line's `list`, and the lookups that turn what a person types into ids. */
export class ListingRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      devices: db.prepare<{ status: string | null }, DeviceListRow>(
        `SELECT d.id, d.asset_tag AS assetTag, d.kind, d.status, d.make, d.model, d.serial, d.imei,
           NULLIF(d.grade, '') AS grade, b.code AS batch, d.received_on AS receivedOn
         FROM devices d JOIN batches b ON b.id = d.batch_id
         WHERE (@status IS NULL AND d.status <> 'voided') OR d.status = @status ORDER BY d.id`,
      ),
      batches: db.prepare<{ status: OpenOrClosed | null }, BatchListRow>(
        `SELECT b.id, b.code, dn.name AS donor, s.name AS site, b.received_on AS receivedOn,
           (SELECT count(*) FROM devices d WHERE d.batch_id = b.id AND d.status <> 'voided') AS devices,
           CASE WHEN b.closed_at IS NULL THEN 'open' ELSE 'closed' END AS status
         FROM batches b JOIN donors dn ON dn.id = b.donor_id JOIN sites s ON s.id = b.site_id
         WHERE @status IS NULL OR (@status = 'open') = (b.closed_at IS NULL) ORDER BY b.id`,
      ),
      handovers: db.prepare<{ status: OpenOrClosed | null }, HandoverListRow>(
        `SELECT h.id, h.number, h.kind, h.handed_on AS handedOn, h.due_on AS dueOn, h.closed_on AS closedOn,
           CASE WHEN h.closed_on IS NULL THEN 'open' ELSE 'closed' END AS status,
           (SELECT count(*) FROM handover_items i WHERE i.handover_id = h.id) AS items
         FROM handovers h
         WHERE @status IS NULL OR (@status = 'open') = (h.closed_on IS NULL) ORDER BY h.id`,
      ),
      returns: db.prepare<[], ReturnListRow>(
        `SELECT r.id, r.number, h.number AS handover, r.returned_on AS returnedOn,
           (SELECT count(*) FROM handover_items i WHERE i.return_id = r.id) AS items
         FROM returns r JOIN handovers h ON h.id = r.handover_id ORDER BY r.id`,
      ),
      deviceByTag: db
        .prepare<[tag: string], Column<'devices', 'id'>>('SELECT id FROM devices WHERE asset_tag = ?')
        .pluck(),
      batchByCode: db
        .prepare<[code: string, id: number], Column<'batches', 'id'>>('SELECT id FROM batches WHERE code = ? OR id = ?')
        .pluck(),
      handoverByNumber: db
        .prepare<[number: string, id: number], Column<'handovers', 'id'>>(
          'SELECT id FROM handovers WHERE number = ? OR id = ?',
        )
        .pluck(),
      returnByNumber: db
        .prepare<[number: string, id: number], Column<'returns', 'id'>>(
          'SELECT id FROM returns WHERE number = ? OR id = ?',
        )
        .pluck(),
    };
  }

  devices(status: string | null): DeviceListRow[] {
    return this.statements.devices.all({ status });
  }

  batches(status: OpenOrClosed | null): BatchListRow[] {
    return this.statements.batches.all({ status });
  }

  handovers(status: OpenOrClosed | null): HandoverListRow[] {
    return this.statements.handovers.all({ status });
  }

  returns(): ReturnListRow[] {
    return this.statements.returns.all();
  }

  /** The id of what a person typed: an asset tag; a batch, handover or return number or id. Null when unknown. */
  find(type: 'device' | 'batch' | 'handover' | 'return', typed: string): number | null {
    const value = typed.trim().toUpperCase();
    const asId = /^\d+$/.test(value) ? Number(value) : -1;
    const found =
      type === 'device'
        ? this.statements.deviceByTag.get(value)
        : type === 'batch'
          ? this.statements.batchByCode.get(value, asId)
          : type === 'handover'
            ? this.statements.handoverByNumber.get(value, asId)
            : this.statements.returnByNumber.get(value, asId);
    return found ?? null;
  }
}
