import type { z } from 'zod';
import type { ErasureOutcome, erasureContract } from '../../shared/contract/erasure';
import { isErasureProven, type DeviceAction, type DeviceState } from '../../shared/domain/lifecycle';
import { FACTORY_RESET_CHECKLIST, WHOLE_DEVICE_ERASURE_KINDS } from '../../shared/domain/values';
import { DomainError } from '../errors';
import type { DeviceHead } from '../store/repositories/devices';
import type { Store } from '../store/store';
import { loadFacts, requireDevice, transition } from './lifecycle';
import { write, type Actor, type Tx } from './unit-of-work';

type ErasureInput = z.output<(typeof erasureContract)['erasure.record']['input']>;

/** Where erasure can be recorded, and the lifecycle step that first brings the device to the erasure desk. */
const ENTRY_STEP: Partial<Record<DeviceState, DeviceAction | null>> = {
  received: 'queue_erasure',
  returned: 'queue_erasure',
  quarantined: 'retry_erasure',
  awaiting_erasure: null,
  to_recycle: null,
};

function checkSubject(store: Store, device: DeviceHead, driveId: number | null): void {
  const wholeDevice = WHOLE_DEVICE_ERASURE_KINDS.includes(device.kind);
  const driveIds = store.erasures.driveIds(device.id);
  const expectsDrive = !wholeDevice && driveIds.length > 0;
  if (expectsDrive !== (driveId !== null)) {
    throw new DomainError(
      'erasure_subject_invalid',
      { kind: `kind.${device.kind}`, expected: expectsDrive ? 'erasureSubject.drives' : 'erasureSubject.device' },
      'driveId',
    );
  }
  if (driveId !== null && !driveIds.includes(driveId)) {
    throw new DomainError('not_found', { entity: 'entity.drive', ref: String(driveId) }, 'driveId');
  }
}

function checkMethod(input: ErasureInput): void {
  if ((input.technique === 'physical_destruction') !== (input.level === 'destroy')) {
    throw new DomainError('level_technique_mismatch', {}, 'level');
  }
  if (input.backup === 'yes' && !input.backupLocation) {
    throw new DomainError('erasure_backup_location_missing', {}, 'backupLocation');
  }
  if (input.technique === 'factory_reset' && input.result === 'success') {
    const missing = FACTORY_RESET_CHECKLIST.filter((check) => !input.checklist.includes(check));
    if (missing.length > 0) {
      throw new DomainError('checklist_incomplete', { missing: missing.map((check) => `check.${check}`) }, 'checklist');
    }
  }
}

function outcome(store: Store, erasureId: number, device: DeviceHead): ErasureOutcome {
  const erasure = store.erasures.get(erasureId);
  if (!erasure) throw new DomainError('not_found', { entity: 'entity.erasure', ref: String(erasureId) });
  return { erasure, deviceStatus: device.status };
}

/** After a record or a verification: a failure quarantines, a complete proof moves the device on. */
function settle(store: Store, tx: Tx, device: DeviceHead): void {
  if (device.status !== 'awaiting_erasure') return;
  const facts = loadFacts(store, device);
  if (isErasureProven(facts)) transition(store, tx, device, 'confirm_erasure');
  else if (facts.drives.includes('failed') || facts.wholeDevice === 'failed') {
    transition(store, tx, device, 'quarantine');
  }
}

export function recordErasure(store: Store, actor: Actor, input: ErasureInput): ErasureOutcome {
  return write(store, actor, (tx) => recordErasureIn(store, tx, actor, input));
}

/** The same record inside the caller's transaction (an import records many erasures in one). */
export function recordErasureIn(
  store: Store,
  tx: Tx,
  actor: Actor,
  input: ErasureInput,
  payload: Record<string, unknown> = {},
): ErasureOutcome {
  const device = requireDevice(store, input.deviceId);
  const entry = ENTRY_STEP[device.status];
  if (entry === undefined) {
    throw new DomainError(
      'erasure_device_state',
      { assetTag: device.assetTag, state: `state.${device.status}` },
      'deviceId',
    );
  }
  checkSubject(store, device, input.driveId);
  checkMethod(input);
  if (entry) transition(store, tx, device, entry);
  // A place is only a backup's place when there is a backup.
  const backupLocation = input.backup === 'yes' ? input.backupLocation : null;
  const erasureId = store.erasures.insert({ ...input, backupLocation, performedBy: actor.id }, tx.now);
  tx.record('device', device.id, 'erasure.recorded', {
    erasureId,
    driveId: input.driveId,
    technique: input.technique,
    level: input.level,
    result: input.result,
    tool: input.tool,
    ...payload,
  });
  settle(store, tx, device);
  return outcome(store, erasureId, device);
}

/** The second person's validation. The database refuses a verifier equal to the performer too. */
export function verifyErasure(
  store: Store,
  actor: Actor,
  input: { erasureId: number; notes: string | null },
): ErasureOutcome {
  return write(store, actor, (tx) => verifyErasureIn(store, tx, actor, input));
}

/** Several records verified at once (an imported set), all or nothing: the first that cannot be refuses the call. */
export function verifyErasures(
  store: Store,
  actor: Actor,
  input: { erasureIds: readonly number[]; notes: string | null },
): ErasureOutcome[] {
  return write(store, actor, (tx) =>
    input.erasureIds.map((erasureId) => verifyErasureIn(store, tx, actor, { erasureId, notes: input.notes })),
  );
}

function verifyErasureIn(
  store: Store,
  tx: Tx,
  actor: Actor,
  input: { erasureId: number; notes: string | null },
): ErasureOutcome {
  const erasure = store.erasures.get(input.erasureId);
  if (!erasure)
    throw new DomainError('not_found', { entity: 'entity.erasure', ref: String(input.erasureId) }, 'erasureId');
  if (erasure.verifiedBy) throw new DomainError('erasure_already_verified', {}, 'erasureId');
  if (erasure.result !== 'success') throw new DomainError('erasure_not_verifiable', {}, 'erasureId');
  if (erasure.performedBy.id === actor.id) throw new DomainError('verifier_is_performer', {}, 'erasureId');
  store.erasures.verify(erasure.id, actor.id, input.notes, tx.now);
  const device = requireDevice(store, erasure.deviceId);
  tx.record('device', device.id, 'erasure.verified', { erasureId: erasure.id, driveId: erasure.driveId });
  settle(store, tx, device);
  return outcome(store, erasure.id, device);
}
