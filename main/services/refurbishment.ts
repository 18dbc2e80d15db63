import type { z } from 'zod';
import type { RefurbishmentOutcomeResult, refurbishmentContract } from '../../shared/contract/refurbishment';
import { evaluateAction } from '../../shared/domain/lifecycle';
import { DomainError } from '../errors';
import type { DeviceHead } from '../store/repositories/devices';
import type { Store } from '../store/store';
import { loadFacts, requireDevice, transition } from './lifecycle';
import { write, type Actor } from './unit-of-work';

type RecordInput = z.output<(typeof refurbishmentContract)['refurbishment.record']['input']>;

function result(store: Store, recordId: number, device: DeviceHead): RefurbishmentOutcomeResult {
  const record = store.refurbishments.get(recordId);
  if (!record) throw new DomainError('not_found', { entity: 'entity.refurbishment', ref: String(recordId) });
  return { record, deviceStatus: device.status };
}

function refuseState(device: DeviceHead): never {
  throw new DomainError(
    'refurbishment_device_state',
    { assetTag: device.assetTag, state: `state.${device.status}` },
    'deviceId',
  );
}

/** A pass at the bench: an erased device enters refurbishment, its condition is updated, and the pass is kept. */
export function recordRefurbishment(store: Store, actor: Actor, input: RecordInput): RefurbishmentOutcomeResult {
  return write(store, actor, (tx) => {
    const device = requireDevice(store, input.deviceId);
    if (device.status === 'erased') transition(store, tx, device, 'start_refurbishment');
    if (device.status !== 'in_refurbishment') refuseState(device);
    const id = store.refurbishments.insert({ ...input, performedBy: actor.id }, tx.now);
    store.devices.setCondition(device.id, input, tx.now);
    if (input.grade) device.grade = input.grade;
    tx.record('device', device.id, 'refurbishment.recorded', {
      refurbishmentId: id,
      outcome: input.outcome,
      grade: input.grade,
      functional: input.functional,
      parts: input.parts.length,
      labourMinutes: input.labourMinutes,
    });
    return result(store, id, device);
  });
}

/** The quality check of the latest pass; when it passes and the device is graded and erased, it is ready. */
export function qualityCheck(
  store: Store,
  actor: Actor,
  input: { deviceId: number; passed: boolean; notes: string | null },
): RefurbishmentOutcomeResult {
  return write(store, actor, (tx) => {
    const device = requireDevice(store, input.deviceId);
    if (device.status !== 'in_refurbishment') refuseState(device);
    const recordId = store.refurbishments.latestId(device.id);
    if (recordId === null) {
      throw new DomainError('quality_check_without_refurbishment', { assetTag: device.assetTag }, 'deviceId');
    }
    store.refurbishments.setQualityCheck(recordId, input.passed, actor.id, input.notes, tx.now);
    tx.record('device', device.id, 'refurbishment.quality_checked', {
      refurbishmentId: recordId,
      passed: input.passed,
    });
    if (input.passed && evaluateAction(device.status, 'mark_ready', loadFacts(store, device)).allowed) {
      transition(store, tx, device, 'mark_ready');
    }
    return result(store, recordId, device);
  });
}
