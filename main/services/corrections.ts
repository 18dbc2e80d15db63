import type { IdentityInput } from '../../shared/contract/corrections';
import type { DeviceDetail } from '../../shared/contract/devices';
import { DomainError } from '../errors';
import type { DeviceIdentity } from '../store/repositories/devices';
import type { Store } from '../store/store';
import { deviceDetail } from './devices';
import { checkNotInStock, normaliseImeis, scannedSerial, type WarningDraft } from './intake';
import { requireDevice, transition } from './lifecycle';
import { makeKeyOf, storedMake } from './makes';
import { readScanRules } from './scan-rules';
import { write, type Actor } from './unit-of-work';

const IDENTITY_FIELDS = ['kind', 'serial', 'imei', 'imei2', 'make', 'model'] as const;

/**
 * Puts right what was recorded wrong about a device: serial, IMEIs, kind, make, model. The new values pass the same
 * scan and duplicate rules as an intake (the device itself excepted); the event keeps the old and new values, and
 * the reason goes beside the log as the event's note.
 */
export function correctIdentity(
  store: Store,
  actor: Actor,
  id: number,
  input: IdentityInput,
  reason: string,
): DeviceDetail {
  write(store, actor, (tx) => {
    requireDevice(store, id);
    const before = store.devices.record(id);
    if (!before) throw new DomainError('not_found', { entity: 'entity.device', ref: String(id) }, 'id');
    const warnings: WarningDraft[] = [];
    const scanned = scannedSerial(input.serial, readScanRules(store), 'identity', warnings);
    const imeis = normaliseImeis(input.imeis, 'identity', warnings);
    if (scanned.serial === '' && imeis.length === 0)
      throw new DomainError('identifier_required', {}, 'identity.serial');
    const make = storedMake(scanned.make ?? input.make);
    checkNotInStock(store, make, scanned.serial, imeis, 'identity', warnings, id);
    const after: DeviceIdentity = {
      kind: input.kind,
      serial: scanned.serial,
      imei: imeis[0] ?? '',
      imei2: imeis[1] ?? '',
      make,
      makeKey: makeKeyOf(make),
      model: input.model,
    };
    const changed = IDENTITY_FIELDS.filter((field) => before[field] !== after[field]);
    if (changed.length === 0) return;
    store.devices.setIdentity(id, after, tx.now);
    tx.record('device', id, 'device.identity_corrected', {
      changes: Object.fromEntries(changed.map((field) => [field, { from: before[field], to: after[field] }])),
      note: reason,
    });
  });
  return deviceDetail(store, { id });
}

/** A device recorded by mistake, not yet past intake: voided, with the reason as the event's note. */
export function voidDevice(store: Store, actor: Actor, id: number, reason: string): DeviceDetail {
  write(store, actor, (tx) => {
    const device = requireDevice(store, id);
    transition(store, tx, device, 'void', { note: reason });
  });
  return deviceDetail(store, { id });
}
