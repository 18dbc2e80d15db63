import type { DeviceDetail } from '../../../shared/contract/devices';
import type { DeviceSummary } from '../../../shared/contract/inventory';
import type { DeviceState } from '../../../shared/domain/lifecycle';
import type { AppearanceGrade, DeviceKind, FunctionalResult } from '../../../shared/domain/values';
import type { Db } from '../open';
import type { Column } from '../tables';

export const SUMMARY_COLUMNS = `d.id, d.asset_tag AS assetTag, d.kind, d.status, d.serial, d.imei, d.make, d.model,
  NULLIF(d.grade, '') AS grade, d.functional, d.batch_id AS batchId, b.code AS batchCode, d.site_id AS siteId,
  d.location, d.received_on AS receivedOn, d.updated_at AS updatedAt`;
export const SUMMARY_FROM = 'FROM devices d JOIN batches b ON b.id = d.batch_id';

export interface NewDevice {
  assetTag: string;
  kind: DeviceKind;
  status: DeviceState;
  serial: string;
  imei: string;
  imei2: string;
  make: string;
  makeKey: string;
  model: string;
  cpu: string;
  ramGb: number | null;
  storageSummary: string;
  screenInches: number | null;
  os: string;
  batteryHealth: number | null;
  accessories: string;
  location: string;
  notes: string | null;
  batchId: number;
  siteId: number;
  receivedOn: string;
}

/** The device's own row with its batch, donor and site names: the page's detail without its related records. */
export type DeviceRecord = Omit<
  DeviceDetail,
  'imeis' | 'drives' | 'erasures' | 'refurbishments' | 'facts' | 'allowedActions' | 'history'
> & { imei2: string };

export type EditableDeviceFields = Partial<
  Pick<
    DeviceRecord,
    | 'make'
    | 'model'
    | 'cpu'
    | 'ramGb'
    | 'storageSummary'
    | 'screenInches'
    | 'os'
    | 'batteryHealth'
    | 'accessories'
    | 'location'
    | 'notes'
  >
>;

const EDITABLE_COLUMNS: Record<keyof EditableDeviceFields, string> = {
  make: 'make',
  model: 'model',
  cpu: 'cpu',
  ramGb: 'ram_gb',
  storageSummary: 'storage_summary',
  screenInches: 'screen_inches',
  os: 'os',
  batteryHealth: 'battery_health',
  accessories: 'accessories',
  location: 'location',
  notes: 'notes',
};

/** What identifies a device, as stored. */
export type DeviceIdentity = Pick<NewDevice, 'kind' | 'serial' | 'imei' | 'imei2' | 'make' | 'makeKey' | 'model'>;

export interface DeviceHead {
  id: Column<'devices', 'id'>;
  assetTag: Column<'devices', 'asset_tag'>;
  status: Column<'devices', 'status'>;
  kind: Column<'devices', 'kind'>;
  /** '' while ungraded. */
  grade: Column<'devices', 'grade'>;
}

export interface SerialHolder {
  id: Column<'devices', 'id'>;
  assetTag: Column<'devices', 'asset_tag'>;
  status: Column<'devices', 'status'>;
  /** As recorded, for messages; matching uses the normalised key. */
  make: Column<'devices', 'make'>;
}

export class DeviceRepository {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO devices (asset_tag, kind, status, serial, imei, imei2, make, make_key, model, cpu, ram_gb,
           storage_summary, screen_inches, os, battery_health, accessories, location, notes, batch_id, site_id,
           received_on, created_at, updated_at)
         VALUES (@assetTag, @kind, @status, @serial, @imei, @imei2, @make, @makeKey, @model, @cpu, @ramGb,
           @storageSummary, @screenInches, @os, @batteryHealth, @accessories, @location, @notes, @batchId, @siteId,
           @receivedOn, @now, @now)`,
      ),
      summary: db.prepare<[id: number], DeviceSummary>(`SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE d.id = ?`),
      record: db.prepare<[id: number], DeviceRecord>(
        `SELECT ${SUMMARY_COLUMNS}, d.imei2, d.cpu, d.ram_gb AS ramGb, d.storage_summary AS storageSummary,
           d.screen_inches AS screenInches, d.os, d.battery_health AS batteryHealth, d.accessories, d.notes,
           dn.name AS donorName, s.name AS siteName
         ${SUMMARY_FROM} JOIN donors dn ON dn.id = b.donor_id JOIN sites s ON s.id = d.site_id WHERE d.id = ?`,
      ),
      idByTag: db
        .prepare<[assetTag: string], Column<'devices', 'id'>>('SELECT id FROM devices WHERE asset_tag = ?')
        .pluck(),
      tagExists: db.prepare('SELECT 1 FROM devices WHERE asset_tag = ?').pluck(),
      bySerial: db.prepare<[makeKey: string, serial: string], SerialHolder>(
        `SELECT id, asset_tag AS assetTag, status, make FROM devices WHERE make_key = ? AND serial = ? AND serial <> '' ORDER BY id DESC`,
      ),
      bySerialAnyMake: db.prepare<[serial: string], SerialHolder>(
        `SELECT id, asset_tag AS assetTag, status, make FROM devices WHERE serial = ? AND serial <> '' ORDER BY id DESC`,
      ),
      setMakeKey: db.prepare('UPDATE devices SET make_key = ? WHERE id = ?'),
      setStatus: db.prepare('UPDATE devices SET status = ?, updated_at = ? WHERE id = ?'),
      setIdentity: db.prepare(
        `UPDATE devices SET kind = @kind, serial = @serial, imei = @imei, imei2 = @imei2, make = @make, make_key = @makeKey,
           model = @model, updated_at = @now WHERE id = @id`,
      ),
      setCondition: db.prepare(
        `UPDATE devices SET grade = COALESCE(?, grade), functional = COALESCE(?, functional),
           battery_health = COALESCE(?, battery_health), updated_at = ? WHERE id = ?`,
      ),
      head: db.prepare<[id: number], DeviceHead>(
        'SELECT id, asset_tag AS assetTag, status, kind, grade FROM devices WHERE id = ?',
      ),
    };
  }

  insert(device: NewDevice, now: string): number {
    return Number(this.statements.insert.run({ ...device, now }).lastInsertRowid);
  }

  summary(id: number): DeviceSummary | null {
    return this.statements.summary.get(id) ?? null;
  }

  record(id: number): DeviceRecord | null {
    return this.statements.record.get(id) ?? null;
  }

  idByAssetTag(assetTag: string): number | null {
    return this.statements.idByTag.get(assetTag) ?? null;
  }

  assetTagExists(assetTag: string): boolean {
    return this.statements.tagExists.get(assetTag) !== undefined;
  }

  /** Devices of this make already recorded with this serial, newest first. */
  holdersOfSerial(makeKey: string, serial: string): SerialHolder[] {
    return this.statements.bySerial.all(makeKey, serial);
  }

  /** Devices of any make recorded with this serial, newest first: the caller compares makes by canonical name. */
  holdersOfSerialAnyMake(serial: string): SerialHolder[] {
    return this.statements.bySerialAnyMake.all(serial);
  }

  /** The little a lifecycle decision needs. */
  head(id: number): DeviceHead | null {
    return this.statements.head.get(id) ?? null;
  }

  /** A corrected identity; the search index follows through its trigger. */
  setIdentity(id: number, identity: DeviceIdentity, now: string): void {
    this.statements.setIdentity.run({ ...identity, id, now });
  }

  setMakeKey(id: number, makeKey: string): void {
    this.statements.setMakeKey.run(makeKey, id);
  }

  setStatus(id: number, status: DeviceState, now: string): void {
    this.statements.setStatus.run(status, now, id);
  }

  setCondition(
    id: number,
    condition: { grade: AppearanceGrade | null; functional: FunctionalResult | null; batteryHealth: number | null },
    now: string,
  ): void {
    this.statements.setCondition.run(condition.grade, condition.functional, condition.batteryHealth, now, id);
  }

  update(id: number, changes: EditableDeviceFields, now: string): void {
    const entries = Object.entries(changes).filter(([, value]) => value !== undefined) as [
      keyof EditableDeviceFields,
      unknown,
    ][];
    if (entries.length === 0) return;
    const assignments = entries.map(([key]) => `${EDITABLE_COLUMNS[key]} = ?`).join(', ');
    this.db
      .prepare(`UPDATE devices SET ${assignments}, updated_at = ? WHERE id = ?`)
      .run(...entries.map(([, value]) => value), now, id);
  }
}
