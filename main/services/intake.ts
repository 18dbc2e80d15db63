import type { Batch, BulkRegistration, DeviceSpec, Donor } from '../../shared/contract/intake';
import type { DeviceSummary } from '../../shared/contract/inventory';
import { normaliseSerial } from '../../shared/domain/identifiers';
import { checkImeiScan, checkSerialScan, type ScanRules } from '../../shared/domain/scan-rules';
import type { DonorKind } from '../../shared/domain/values';
import type { WarningCode } from '../../shared/errors';
import { DomainError } from '../errors';
import type { Store } from '../store/store';
import { assetTagAllocator } from './asset-tags';
import { isErasureProven } from '../../shared/domain/lifecycle';
import { pastOrToday } from './calendar';
import { loadFacts } from './lifecycle';
import { makeKeyOf, storedMake } from './makes';
import { readScanRules } from './scan-rules';
import { write, type Actor, type Tx } from './unit-of-work';

export interface WarningDraft {
  code: WarningCode;
  field: string;
  params: Record<string, string | number>;
}

/** States in which a device has left for good: its serial may come back as a new intake. */
export const GONE_STATES = new Set(['recycled', 'lost_stolen']);
/** A voided device was never really received: its identifiers are free, and nothing warns about it. */
const VOIDED = 'voided';

export function createDonor(
  store: Store,
  actor: Actor,
  input: { name: string; kind: DonorKind; contact: string | null },
): Donor {
  return write(store, actor, (tx) => {
    if (store.people.listDonors().some((donor) => donor.name.toLowerCase() === input.name.toLowerCase())) {
      throw new DomainError('duplicate_name', { name: input.name }, 'name');
    }
    const id = store.people.insertDonor(input.name, input.kind, input.contact, tx.now);
    // No name: a donor may be a private person; the log shows the donor's current name from its record.
    tx.record('donor', id, 'donor.created', { kind: input.kind });
    return store.people.getDonor(id) as Donor;
  });
}

export function requireBatch(store: Store, id: number): Batch {
  const batch = store.batches.get(id);
  if (!batch) throw new DomainError('not_found', { entity: 'entity.batch', ref: String(id) }, 'batchId');
  return batch;
}

export function createBatch(
  store: Store,
  actor: Actor,
  input: { donorId: number; siteId: number; receivedOn: string; expectedCount: number | null; notes: string | null },
): Batch {
  return write(store, actor, (tx) => {
    if (!store.people.getDonor(input.donorId)) {
      throw new DomainError('not_found', { entity: 'entity.donor', ref: String(input.donorId) }, 'donorId');
    }
    pastOrToday(store, input.receivedOn, 'receivedOn');
    if (!store.people.getSite(input.siteId)) {
      throw new DomainError('not_found', { entity: 'entity.site', ref: String(input.siteId) }, 'siteId');
    }
    const year = input.receivedOn.slice(0, 4);
    const code = `L${year}-${String(store.settings.take(`batch-${year}`)).padStart(4, '0')}`;
    const id = store.batches.insert({ ...input, code }, tx.now);
    tx.record('batch', id, 'batch.created', { code, donorId: input.donorId, expectedCount: input.expectedCount });
    return requireBatch(store, id);
  });
}

/** A batch's donor, date, expected count and notes put right; the reception date may not be in the future. */
export function updateBatch(
  store: Store,
  actor: Actor,
  input: { id: number; donorId: number; receivedOn: string; expectedCount: number | null; notes: string | null },
): Batch {
  return write(store, actor, (tx) => {
    const before = requireBatch(store, input.id);
    if (!store.people.getDonor(input.donorId)) {
      throw new DomainError('not_found', { entity: 'entity.donor', ref: String(input.donorId) }, 'donorId');
    }
    pastOrToday(store, input.receivedOn, 'receivedOn');
    const changed = (['donorId', 'receivedOn', 'expectedCount', 'notes'] as const).filter(
      (key) => before[key] !== input[key],
    );
    if (changed.length === 0) return before;
    store.batches.update(input.id, input, changed.includes('receivedOn'));
    // Notes are typed text: the log says they changed, not what they say.
    tx.record('batch', input.id, 'batch.updated', {
      changes: Object.fromEntries(
        changed.filter((key) => key !== 'notes').map((key) => [key, { from: before[key], to: input[key] }]),
      ),
      notesChanged: changed.includes('notes'),
    });
    return requireBatch(store, input.id);
  });
}

/** Closing says every device of the batch is proven erased or destroyed; only a data-security officer may. */
export function closeBatch(store: Store, actor: Actor, id: number): Batch {
  return write(store, actor, (tx) => {
    const batch = requireBatch(store, id);
    if (batch.closed) return batch;
    const unproven = store.batches.deviceIds(id).filter((deviceId) => {
      const device = store.devices.head(deviceId);
      return (
        device !== null &&
        device.status !== 'lost_stolen' &&
        device.status !== 'voided' &&
        !isErasureProven(loadFacts(store, device))
      );
    });
    if (unproven.length > 0) {
      throw new DomainError('batch_not_sanitised', { batch: batch.code, count: unproven.length });
    }
    store.batches.close(id, actor.id, tx.now);
    tx.record('batch', id, 'batch.closed', { devices: batch.receivedCount });
    return requireBatch(store, id);
  });
}

export function reopenBatch(store: Store, actor: Actor, id: number): Batch {
  return write(store, actor, (tx) => {
    const batch = requireBatch(store, id);
    if (!batch.closed) return batch;
    store.batches.reopen(id);
    tx.record('batch', id, 'batch.reopened');
    return requireBatch(store, id);
  });
}

/** The IMEIs of a spec, each checked as a scan; a doubtful check digit is a warning. */
export function normaliseImeis(imeisIn: readonly string[], field: string, warnings: WarningDraft[]): string[] {
  return imeisIn
    .filter((raw) => raw.trim() !== '')
    .map((raw, index) => {
      const check = checkImeiScan(raw);
      if (!check.ok) throw new DomainError(check.code, check.params, `${field}.imeis.${index}`);
      if (check.warning)
        warnings.push({ code: check.warning, field: `${field}.imeis.${index}`, params: { value: check.value } });
      return check.value;
    });
}

/**
 * The serial a scan gives under the site's rules ('' for none, a firmware placeholder included) and the make a
 * manufacturer's address said; refused with the rule's reason.
 */
export function scannedSerial(
  raw: string,
  rules: ScanRules,
  field: string,
  warnings: WarningDraft[],
): { serial: string; make: string | null } {
  const scan = checkSerialScan(raw, rules);
  if (!scan.ok) throw new DomainError(scan.code, scan.params, `${field}.serial`);
  if (scan.warning) warnings.push({ code: scan.warning.code, field: `${field}.serial`, params: scan.warning.params });
  return { serial: scan.serial, make: scan.make ?? null };
}

/**
 * Refuses a serial or IMEI that is still with us; one that left for good is let in with a warning. Makes are
 * compared by their canonical name (`Dell Inc.` is `Dell`), also for rows written before makes were canonical.
 * `exceptId` is the device being corrected, which does not collide with itself.
 */
/** What `checkNotInStock` reads: the live store, or an import preview's view of it with the file's earlier rows. */
export interface StockHolders {
  devices: Pick<Store['devices'], 'holdersOfSerialAnyMake'>;
  inventory: { exact(query: string): Pick<DeviceSummary, 'id' | 'imei' | 'status' | 'assetTag'>[] };
}

export function checkNotInStock(
  store: StockHolders,
  make: string,
  serial: string,
  imeis: string[],
  field: string,
  warnings: WarningDraft[],
  exceptId: number | null = null,
) {
  if (serial !== '') {
    const key = makeKeyOf(make);
    const holders = store.devices
      .holdersOfSerialAnyMake(serial)
      .filter((holder) => holder.id !== exceptId && holder.status !== VOIDED && makeKeyOf(holder.make) === key);
    const present = holders.find((holder) => !GONE_STATES.has(holder.status));
    if (present) {
      throw new DomainError(
        'duplicate_serial',
        { serial, make: present.make || '—', assetTag: present.assetTag },
        `${field}.serial`,
      );
    }
    const previous = holders[0];
    if (previous) {
      warnings.push({
        code: 'serial_seen_before',
        field: `${field}.serial`,
        params: { assetTag: previous.assetTag, state: `state.${previous.status}` },
      });
    }
  }
  imeis.forEach((imei, index) => {
    const holder = store.inventory
      .exact(imei)
      .find(
        (device) =>
          device.id !== exceptId && device.imei === imei && !GONE_STATES.has(device.status) && device.status !== VOIDED,
      );
    if (holder) throw new DomainError('duplicate_imei', { imei, assetTag: holder.assetTag }, `${field}.imeis.${index}`);
  });
}

export interface IntakeRun {
  tx: Tx;
  batch: Batch;
  nextTag: () => string;
  rules: ScanRules;
}

/**
 * The serial, IMEIs and make a new device is registered with, checked against the stock: what `registerOne` does
 * before it inserts (an import's preview runs it against its view of the stock, so it refuses what the commit would).
 */
export function intakeIdentity(
  store: StockHolders,
  rules: ScanRules,
  spec: Pick<DeviceSpec, 'serial' | 'imeis' | 'make'>,
  field: string,
  warnings: WarningDraft[],
  knownElsewhere = false,
): { serial: string; imeis: string[]; make: string } {
  const scanned = scannedSerial(spec.serial, rules, field, warnings);
  const serial = scanned.serial;
  const imeis = normaliseImeis(spec.imeis, field, warnings);
  // Every kind needs one: a device without a serial or IMEI cannot be told from the next one.
  if (serial === '' && imeis.length === 0 && !knownElsewhere)
    throw new DomainError('identifier_required', {}, `${field}.serial`);
  const make = storedMake(scanned.make ?? spec.make);
  checkNotInStock(store, make, serial, imeis, field, warnings);
  return { serial, imeis, make };
}

/**
 * One device into the run's batch. `knownElsewhere`: an import knows it by another system's reference (its previous
 * asset tag, a DeviceHub id), which identifies it when the sheet has no serial or IMEI.
 */
export function registerOne(
  store: Store,
  run: IntakeRun,
  spec: DeviceSpec,
  field: string,
  warnings: WarningDraft[],
  payload: Record<string, unknown> = {},
  knownElsewhere = false,
) {
  const { tx, batch } = run;
  const { serial, imeis, make } = intakeIdentity(store, run.rules, spec, field, warnings, knownElsewhere);
  const assetTag = run.nextTag();
  const id = store.devices.insert(
    {
      assetTag,
      kind: spec.kind,
      status: 'received',
      serial,
      imei: imeis[0] ?? '',
      imei2: imeis[1] ?? '',
      make,
      makeKey: makeKeyOf(make),
      model: spec.model,
      cpu: spec.cpu,
      ramGb: spec.ramGb,
      storageSummary: spec.storageSummary,
      screenInches: spec.screenInches,
      os: spec.os,
      batteryHealth: spec.batteryHealth,
      accessories: spec.accessories,
      location: spec.location,
      notes: spec.notes,
      batchId: batch.id,
      siteId: batch.siteId,
      receivedOn: batch.receivedOn,
    },
    tx.now,
  );
  tx.record('device', id, 'device.registered', {
    assetTag,
    batch: batch.code,
    kind: spec.kind,
    serial,
    make,
    model: spec.model,
    ...payload,
  });
  for (const [index, drive] of spec.drives.entries())
    addDriveTo(store, tx, id, assetTag, drive, `${field}.drives.${index}`);
  return { id, assetTag };
}

/** A drive serial another device in stock still holds is refused. */
export function checkDriveFree(
  store: { erasures: Pick<Store['erasures'], 'deviceHoldingDrive'> },
  serial: string,
  field: string,
): void {
  if (serial === '') return;
  const holder = store.erasures.deviceHoldingDrive(serial);
  if (holder) throw new DomainError('duplicate_drive_serial', { serial, assetTag: holder }, `${field}.serial`);
}

export function addDriveTo(
  store: Store,
  tx: Tx,
  deviceId: number,
  assetTag: string,
  drive: DeviceSpec['drives'][number],
  field: string,
): number {
  const serial = normaliseSerial(drive.serial);
  checkDriveFree(store, serial, field);
  const driveId = store.erasures.insertDrive(deviceId, { ...drive, serial }, tx.now);
  tx.record('device', deviceId, 'drive.added', {
    driveId,
    serial,
    type: drive.type,
    capacityGb: drive.capacityGb,
    assetTag,
  });
  return driveId;
}

/**
 * Registers devices into an open batch, all or nothing: the first bad line refuses the whole call, naming
 * the line and the field. Warnings (a doubtful IMEI check digit, a serial seen before) do not block.
 */
export function registerDevices(
  store: Store,
  actor: Actor,
  batchId: number,
  specs: readonly DeviceSpec[],
  fieldOf: (index: number) => string = (index) => `devices.${index}`,
): { devices: BulkRegistration['devices']; warnings: (WarningDraft & { index: number })[] } {
  return write(store, actor, (tx) => {
    const batch = requireBatch(store, batchId);
    if (batch.closed) throw new DomainError('batch_closed', { batch: batch.code }, 'batchId');
    const run: IntakeRun = { tx, batch, nextTag: assetTagAllocator(store, specs.length), rules: readScanRules(store) };
    const warnings: (WarningDraft & { index: number })[] = [];
    const devices = specs.map((spec, index) => {
      const own: WarningDraft[] = [];
      const device = registerOne(store, run, spec, fieldOf(index), own);
      warnings.push(...own.map((warning) => ({ ...warning, index })));
      return device;
    });
    return { devices, warnings };
  });
}
