import {
  actionRecord,
  evaluateAction,
  type DeviceAction,
  type DeviceState,
  type LifecycleFacts,
} from '../../shared/domain/lifecycle';
import type { BulkActionResult } from '../../shared/contract/devices';
import { DomainError, type RefusalDraft } from '../errors';
import type { DeviceHead } from '../store/repositories/devices';
import type { Store } from '../store/store';
import { write, type Actor, type Tx } from './unit-of-work';

/** The facts of the device's current stay: records from before it last came back from outside do not count. */
export function loadFacts(store: Store, device: DeviceHead): LifecycleFacts {
  const floors = store.cycles.floors(device.id);
  const media = store.erasures.mediaStates(device.id, floors.erasureId);
  return {
    kind: device.kind,
    drives: media.drives.map((drive) => drive.erasure),
    wholeDevice: media.wholeDevice,
    qcPassed: store.refurbishments.latestQcPassed(device.id, floors.refurbishmentId),
    graded: device.grade !== '',
    failingDrives: store.imports.failingDrives(device.id),
  };
}

export function requireDevice(store: Store, deviceId: number): DeviceHead {
  const device = store.devices.head(deviceId);
  if (!device) throw new DomainError('not_found', { entity: 'entity.device', ref: String(deviceId) }, 'deviceId');
  return device;
}

type Verdict = { ok: true; to: DeviceState } | { ok: false; refusal: RefusalDraft };

function judge(store: Store, device: DeviceHead, action: DeviceAction): Verdict {
  const verdict = evaluateAction(device.status, action, loadFacts(store, device));
  if (verdict.allowed) return { ok: true, to: verdict.to };
  return {
    ok: false,
    refusal: {
      deviceId: device.id,
      assetTag: device.assetTag,
      code: verdict.reason,
      params: { action: `action.${action}`, state: `state.${device.status}` },
    },
  };
}

/**
 * Moves one device through the lifecycle inside the caller's transaction, with its event.
 * Refuses with the lifecycle's reason; nothing else may change a device's status.
 */
export function transition(
  store: Store,
  tx: Tx,
  device: DeviceHead,
  action: DeviceAction,
  payload: Record<string, unknown> = {},
): DeviceState {
  const verdict = judge(store, device, action);
  if (!verdict.ok) throw new DomainError(verdict.refusal.code, verdict.refusal.params);
  store.devices.setStatus(device.id, verdict.to, tx.now);
  tx.record('device', device.id, `lifecycle.${action}`, { from: device.status, to: verdict.to, ...payload });
  device.status = verdict.to;
  return verdict.to;
}

/**
 * The same action on many devices, all or nothing: every device is judged first, and if any is refused the
 * whole call is refused with one reason per device and nothing changes.
 */
export function transitionAll(
  store: Store,
  tx: Tx,
  deviceIds: readonly number[],
  action: DeviceAction,
  payload: Record<string, unknown> = {},
): DeviceHead[] {
  const devices: DeviceHead[] = [];
  const refusals: RefusalDraft[] = [];
  for (const id of new Set(deviceIds)) {
    const device = store.devices.head(id);
    if (!device) {
      refusals.push({
        deviceId: id,
        assetTag: '',
        code: 'not_found',
        params: { entity: 'entity.device', ref: String(id) },
      });
      continue;
    }
    const verdict = judge(store, device, action);
    if (verdict.ok) devices.push(device);
    else refusals.push(verdict.refusal);
  }
  if (refusals.length > 0) {
    throw new DomainError('bulk_refused', { count: refusals.length }, 'deviceIds', refusals);
  }
  for (const device of devices) transition(store, tx, device, action, payload);
  return devices;
}

/** A direct action from a screen or the CLI; actions completed by a desk's record are refused here. */
export function applyAction(
  store: Store,
  actor: Actor,
  input: { deviceIds: number[]; action: DeviceAction; note: string | null },
): BulkActionResult {
  const record = actionRecord(input.action);
  if (record) {
    throw new DomainError(
      'action_needs_record',
      { action: `action.${input.action}`, desk: `desk.${record}` },
      'action',
    );
  }
  return write(store, actor, (tx) => {
    const payload = input.note ? { note: input.note } : {};
    const devices = transitionAll(store, tx, input.deviceIds, input.action, payload);
    return { changed: devices.map((device) => ({ id: device.id, assetTag: device.assetTag, status: device.status })) };
  });
}
