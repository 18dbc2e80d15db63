import type { DeviceDetail } from '../../shared/contract/devices';
import type { DeviceSpecInput } from '../../shared/contract/intake';
import { allowedDirectActions } from '../../shared/domain/lifecycle';
import { DomainError } from '../errors';
import type { EditableDeviceFields } from '../store/repositories/devices';
import type { Store } from '../store/store';
import { addDriveTo, checkNotInStock } from './intake';
import { makeKeyOf, storedMake } from './makes';
import { loadFacts, requireDevice } from './lifecycle';
import { read, write, type Actor } from './unit-of-work';

export function resolveDeviceId(store: Store, ref: { id: number } | { assetTag: string }): number {
  if ('id' in ref) return ref.id;
  const id = store.devices.idByAssetTag(ref.assetTag);
  if (id === null) throw new DomainError('not_found', { entity: 'entity.device', ref: ref.assetTag }, 'assetTag');
  return id;
}

/** Everything the device page shows, read in one snapshot. */
export function deviceDetail(store: Store, ref: { id: number } | { assetTag: string }): DeviceDetail {
  return read(store, () => {
    const id = resolveDeviceId(store, ref);
    const head = requireDevice(store, id);
    const record = store.devices.record(id);
    if (!record) throw new DomainError('not_found', { entity: 'entity.device', ref: String(id) }, 'id');
    const facts = loadFacts(store, head);
    const { imei2, ...summary } = record;
    return {
      ...summary,
      imeis: [record.imei, imei2].filter((imei) => imei !== ''),
      drives: store.erasures.mediaStates(id, store.cycles.floors(id).erasureId).drives,
      removedDrives: store.driveRemovals.forDevice(id),
      erasures: store.erasures.forDevice(id),
      refurbishments: store.refurbishments.forDevice(id),
      facts,
      allowedActions: allowedDirectActions(head.status, facts),
      history: store.events.forEntity('device', id),
    };
  });
}

/** Typed by people, so they may name someone: the log, kept for ever, says that they changed, not what they say. */
const FREE_TEXT_FIELDS = ['accessories', 'location', 'notes'] as const;

function loggedChanges(changed: EditableDeviceFields): { changes: Record<string, unknown>; textChanged: string[] } {
  const entries = Object.entries(changed);
  const isText = (key: string) => (FREE_TEXT_FIELDS as readonly string[]).includes(key);
  return {
    changes: Object.fromEntries(entries.filter(([key]) => !isText(key))),
    textChanged: entries.filter(([key]) => isText(key)).map(([key]) => key),
  };
}

export function updateDevice(store: Store, actor: Actor, id: number, changes: EditableDeviceFields): DeviceDetail {
  write(store, actor, (tx) => {
    const before = store.devices.record(id);
    if (!before) throw new DomainError('not_found', { entity: 'entity.device', ref: String(id) }, 'id');
    // The make decides duplicates: stored by its canonical name, and checked against the stock like a correction.
    if (changes.make !== undefined) {
      changes = { ...changes, make: storedMake(changes.make) };
      const imeis = [before.imei, before.imei2].filter((imei) => imei !== '');
      checkNotInStock(store, changes.make as string, before.serial, imeis, 'changes', [], id);
    }
    const changed = Object.fromEntries(
      Object.entries(changes).filter(
        ([key, value]) => value !== undefined && before[key as keyof typeof before] !== value,
      ),
    ) as EditableDeviceFields;
    if (Object.keys(changed).length === 0) return;
    store.devices.update(id, changed, tx.now);
    if (changed.make !== undefined) store.devices.setMakeKey(id, makeKeyOf(changed.make));
    tx.record('device', id, 'device.updated', loggedChanges(changed));
  });
  return deviceDetail(store, { id });
}

export function addDrive(
  store: Store,
  actor: Actor,
  deviceId: number,
  drive: NonNullable<DeviceSpecInput['drives']>[number] & { serial: string; capacityGb: number | null },
): DeviceDetail {
  write(store, actor, (tx) => {
    const device = requireDevice(store, deviceId);
    addDriveTo(store, tx, device.id, device.assetTag, drive, 'drive');
  });
  return deviceDetail(store, { id: deviceId });
}
