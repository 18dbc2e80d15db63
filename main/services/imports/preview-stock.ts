/**
 * What an import's judgement reads of the stock (`StockReader`), and the preview's view of it: the stock as it is,
 * plus what the file's earlier rows would have made of it (devices created, specs changed, drives and references
 * added), kept in memory. The preview judges each row against that view and writes nothing; the commit judges
 * against the store itself inside its transaction, after applying the rows before. `plan` mirrors `applyRecord`
 * step for step, with the intake's own checks, so both reach the same verdicts; records carrying erasures are not
 * planned here (the erasure desk's rules move devices between states), `run.ts` previews those another way.
 */
import type { ExternalReference, ImportedDrive } from '../../../shared/domain/import-records';
import type { DeviceKind } from '../../../shared/domain/values';
import type { DeviceSummary } from '../../../shared/contract/inventory';
import type { DeviceHead, DeviceRecord, EditableDeviceFields, SerialHolder } from '../../store/repositories/devices';
import type { Store } from '../../store/store';
import type { ScanRules } from '../../../shared/domain/scan-rules';
import { normaliseSerial } from '../../../shared/domain/identifiers';
import { makeKeyOf } from '../makes';
import { checkDriveFree, intakeIdentity, type StockHolders } from '../intake';
import type { JudgedRecord } from './judge';

/** The spec fields the judgement compares with the file's. */
export type DeviceSpecFields = Pick<
  DeviceRecord,
  'make' | 'model' | 'cpu' | 'ramGb' | 'screenInches' | 'os' | 'batteryHealth'
>;
type DriveOfDevice = ReturnType<Store['imports']['drivesOf']>[number];
type Holder = Pick<DeviceSummary, 'id' | 'imei' | 'status' | 'assetTag'>;

export interface StockReader extends StockHolders {
  imports: Pick<Store['imports'], 'deviceWithSerial' | 'deviceWithImei' | 'deviceByRef' | 'drivesOf'>;
  devices: Pick<Store['devices'], 'idByAssetTag' | 'head' | 'holdersOfSerialAnyMake'> & {
    record(id: number): DeviceSpecFields | null;
  };
  erasures: Pick<Store['erasures'], 'deviceHoldingDrive'>;
  inventory: StockHolders['inventory'];
}

interface PlannedDevice {
  /** Negative: no row exists yet. */
  id: number;
  assetTag: string;
  kind: DeviceKind;
  serial: string;
  makeKey: string;
  imei: string;
  imei2: string;
  spec: DeviceSpecFields;
}

/** A drive of a device in these states holds its serial no more (as the erasure repository's lookup). */
const GONE_HOLDERS = new Set(['recycled', 'harvested', 'lost_stolen', 'voided']);
/** Devices that no longer hold their serial for the import's match (as the imports repository's lookup). */
const UNMATCHED_STATES = new Set(['recycled', 'lost_stolen', 'voided']);

const refKey = (ref: ExternalReference) => `${ref.system}\u0000${ref.value}`;

function push<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/** Newest first, as the store's lookups order by id descending. */
const newest = <V>(list: readonly V[] | undefined): V[] => (list ? [...list].reverse() : []);

export class PreviewStock implements StockReader {
  private readonly planned = new Map<number, PlannedDevice>();
  private readonly bySerial = new Map<string, PlannedDevice[]>();
  private readonly byImei = new Map<string, PlannedDevice[]>();
  private readonly byTag = new Map<string, PlannedDevice>();
  private readonly refs = new Map<string, number>();
  private readonly changes = new Map<number, EditableDeviceFields>();
  /** Drives added to a device (planned or in stock), and models set on drives of the stock. */
  private readonly addedDrives = new Map<number, DriveOfDevice[]>();
  private readonly driveModels = new Map<number, string>();
  private readonly driveHolders = new Map<string, { deviceId: number; assetTag: string }>();
  private nextId = -1;
  /** Whether an earlier row changed a stocked device's make (its serial's lookups then read the view). */
  private makesChanged = false;

  constructor(
    private readonly store: Store,
    private readonly rules: ScanRules,
  ) {}

  private isPlanned(id: number): boolean {
    return this.planned.has(id);
  }

  readonly imports: StockReader['imports'] = {
    deviceWithSerial: (serial, makeKey) => {
      if (serial === '') return null;
      const mine = newest(this.bySerial.get(serial)).find((device) => makeKey === '' || device.makeKey === makeKey);
      if (mine) return mine.id;
      if (!this.makesChanged) return this.store.imports.deviceWithSerial(serial, makeKey);
      // An earlier row changed a stocked device's make: its key is the new make's, as the commit sets it.
      const holder = this.store.devices
        .holdersOfSerialAnyMake(serial)
        .find(
          (one) =>
            !UNMATCHED_STATES.has(one.status) &&
            (makeKey === '' || makeKeyOf(this.changes.get(one.id)?.make ?? one.make) === makeKey),
        );
      return holder?.id ?? null;
    },
    deviceWithImei: (imei) => {
      if (imei === '') return null;
      return newest(this.byImei.get(imei))[0]?.id ?? this.store.imports.deviceWithImei(imei);
    },
    deviceByRef: (ref) => this.refs.get(refKey(ref)) ?? this.store.imports.deviceByRef(ref),
    drivesOf: (deviceId) => {
      const own = this.isPlanned(deviceId)
        ? []
        : this.store.imports
            .drivesOf(deviceId)
            .map((drive) => ({ ...drive, model: this.driveModels.get(drive.id) ?? drive.model }));
      return [...own, ...(this.addedDrives.get(deviceId) ?? []).map((drive) => ({ ...drive }))];
    },
  };

  readonly devices: StockReader['devices'] = {
    idByAssetTag: (assetTag) => this.byTag.get(assetTag)?.id ?? this.store.devices.idByAssetTag(assetTag),
    head: (id): DeviceHead | null => {
      const device = this.planned.get(id);
      if (!device) return this.store.devices.head(id);
      return { id, assetTag: device.assetTag, status: 'received', kind: device.kind, grade: '' } as DeviceHead;
    },
    holdersOfSerialAnyMake: (serial): SerialHolder[] => {
      const mine = serial === '' ? [] : newest(this.bySerial.get(serial));
      return [
        ...mine.map((device) => ({
          id: device.id,
          assetTag: device.assetTag,
          status: 'received' as const,
          make: device.spec.make,
        })),
        ...this.store.devices
          .holdersOfSerialAnyMake(serial)
          .map((holder) => ({ ...holder, make: this.changes.get(holder.id)?.make ?? holder.make })),
      ];
    },
    record: (id) => {
      const device = this.planned.get(id);
      if (device) return device.spec;
      const stored = this.store.devices.record(id);
      return stored ? { ...stored, ...this.changes.get(id) } : null;
    },
  };

  readonly erasures: StockReader['erasures'] = {
    deviceHoldingDrive: (serial) => {
      const holder = serial === '' ? undefined : this.driveHolders.get(serial);
      const status = holder && (this.devices.head(holder.deviceId)?.status ?? 'voided');
      if (holder && !GONE_HOLDERS.has(status as string)) return holder.assetTag;
      return this.store.erasures.deviceHoldingDrive(serial);
    },
  };

  readonly inventory: StockReader['inventory'] = {
    exact: (query) => {
      const mine: Holder[] = [];
      const seen = new Set<number>();
      const add = (device: PlannedDevice | undefined) => {
        if (!device || seen.has(device.id)) return;
        seen.add(device.id);
        mine.push({ id: device.id, imei: device.imei, status: 'received', assetTag: device.assetTag });
      };
      add(this.byTag.get(query));
      if (query !== '')
        for (const device of [...newest(this.bySerial.get(query)), ...newest(this.byImei.get(query))]) add(device);
      return [...mine, ...this.store.inventory.exact(query)];
    },
  };

  /**
   * What `applyRecord` would do with this judged record, kept in the view: the row gets the device and tag it would
   * get. Throws what the commit would throw (the intake's checks, a drive serial held elsewhere).
   */
  plan(judged: JudgedRecord, nextTag: (() => string) | null): void {
    const { row } = judged;
    if (row.action === 'refuse' || row.action === 'unchanged') return;
    if (judged.erasures.length > 0) throw new Error('records with erasures are not planned in memory');
    let deviceId = judged.deviceId;
    if (deviceId === null) {
      if (!nextTag) throw new Error('an import creating devices needs its batch');
      const identity = intakeIdentity(
        this,
        this.rules,
        { serial: judged.serial, imeis: judged.imeis, make: judged.make },
        'device',
        [],
        judged.refs.length > 0,
      );
      const device: PlannedDevice = {
        id: this.nextId,
        assetTag: nextTag(),
        kind: judged.kind,
        serial: identity.serial,
        makeKey: makeKeyOf(identity.make),
        imei: identity.imeis[0] ?? '',
        imei2: identity.imeis[1] ?? '',
        spec: {
          make: identity.make,
          model: row.model,
          cpu: judged.record.cpu ?? '',
          ramGb: judged.record.ramGb ?? null,
          screenInches: judged.record.screenInches ?? null,
          os: judged.record.os ?? '',
          batteryHealth: judged.record.batteryHealth === undefined ? null : Math.round(judged.record.batteryHealth),
        },
      };
      this.nextId -= 1;
      this.planned.set(device.id, device);
      this.byTag.set(device.assetTag, device);
      if (device.serial !== '') push(this.bySerial, device.serial, device);
      for (const imei of [device.imei, device.imei2]) if (imei !== '') push(this.byImei, imei, device);
      deviceId = device.id;
      row.assetTag = device.assetTag;
    } else if (Object.keys(judged.changes).length > 0) {
      const planned = this.planned.get(deviceId);
      const { make } = judged.changes;
      if (planned) {
        Object.assign(planned.spec, judged.changes);
        if (make !== undefined) planned.makeKey = makeKeyOf(make);
      } else {
        this.changes.set(deviceId, { ...this.changes.get(deviceId), ...judged.changes });
        if (make !== undefined) this.makesChanged = true;
      }
    }
    row.deviceId = deviceId;
    const assetTag = row.assetTag ?? '';
    for (const ref of judged.refs) this.refs.set(refKey(ref), deviceId);
    judged.newDrives.forEach((drive, index) => {
      const serial = normaliseSerial(drive.serial ?? '');
      checkDriveFree(this, serial, `drives.${index}`);
      const added = { id: this.nextId, serial, model: '' };
      this.nextId -= 1;
      push(this.addedDrives, deviceId, added);
      if (serial !== '') this.driveHolders.set(serial, { deviceId, assetTag });
      this.saveDetails(deviceId, added.id, drive);
    });
    for (const { driveId, drive } of judged.knownDrives) this.saveDetails(deviceId, driveId, drive);
  }

  private saveDetails(deviceId: number, driveId: number, drive: ImportedDrive): void {
    if (drive.model === undefined && drive.health === undefined && drive.bus === undefined) return;
    const model = drive.model ?? '';
    const added = this.addedDrives.get(deviceId)?.find((own) => own.id === driveId);
    if (added) added.model = model;
    else this.driveModels.set(driveId, model);
  }
}
