import type { DeviceDetail } from '../../shared/contract/devices';
import { DRIVE_CHANGE_STATES } from '../../shared/domain/lifecycle';
import type { DriveType } from '../../shared/domain/values';
import { DomainError } from '../errors';
import type { Store } from '../store/store';
import { deviceDetail } from './devices';
import { addDriveTo } from './intake';
import { requireDevice } from './lifecycle';
import { write, type Actor } from './unit-of-work';

export interface DriveRemovalRequest {
  deviceId: number;
  driveId: number;
  note: string;
  replacement: { serial: string; type: DriveType; capacityGb: number | null } | null;
}

/**
 * Takes a drive out of a device, with its event, and with `replacement` fits the new drive in the same change
 * (its own `drive.added` event and serial check). The drive's row and erasure records stay; it stops counting for
 * the device's erasure and health, so a failed health check no longer holds the device back from "ready".
 */
export function removeDrive(store: Store, actor: Actor, request: DriveRemovalRequest): DeviceDetail {
  write(store, actor, (tx) => {
    const device = requireDevice(store, request.deviceId);
    if (!DRIVE_CHANGE_STATES.includes(device.status)) {
      throw new DomainError(
        'drive_change_not_allowed_in_state',
        { assetTag: device.assetTag, state: `state.${device.status}` },
        'deviceId',
      );
    }
    const drive = store.erasures.drive(request.driveId);
    if (!drive || drive.deviceId !== device.id) {
      throw new DomainError('drive_not_in_device', { assetTag: device.assetTag }, 'driveId');
    }
    if (store.driveRemovals.isRemoved(drive.id)) {
      throw new DomainError(
        'drive_already_removed',
        { serial: drive.serial || '—', assetTag: device.assetTag },
        'driveId',
      );
    }
    const replacementId = request.replacement
      ? addDriveTo(store, tx, device.id, device.assetTag, request.replacement, 'replacement')
      : null;
    store.driveRemovals.insert(
      {
        driveId: drive.id,
        reason: replacementId === null ? 'removed' : 'replaced',
        replacementDriveId: replacementId,
        note: request.note,
        removedBy: actor.id,
      },
      tx.now,
    );
    tx.record('device', device.id, replacementId === null ? 'drive.removed' : 'drive.replaced', {
      driveId: drive.id,
      serial: drive.serial,
      replacementDriveId: replacementId,
      replacementSerial: replacementId === null ? null : (store.erasures.drive(replacementId)?.serial ?? ''),
      note: request.note,
    });
  });
  return deviceDetail(store, { id: request.deviceId });
}
