import { z } from 'zod';
import type { DriveRemovalReason } from '../domain/lifecycle';
import type { DriveType } from '../domain/values';
import type { DeviceDetail } from './devices';
import { method } from './define';
import { id, requiredText } from './fields';
import { driveInput } from './intake';

/** A drive taken out of a device: removed, or replaced by the drive fitted in its place. */
export interface RemovedDrive {
  id: number;
  serial: string;
  type: DriveType;
  capacityGb: number | null;
  reason: DriveRemovalReason;
  replacementDriveId: number | null;
  note: string;
  removedAt: string;
  removedByName: string;
}

/** Who may take a drive out of a device: those who work on its media. */
export const DRIVE_CHANGE_ROLES = ['technician', 'data_security_officer', 'admin'] as const;

export const drivesContract = {
  /**
   * Takes a drive out of a device (a failed health check, a swap): with `replacement`, the drive fitted in its
   * place is added in the same change. The drive's records stay; it no longer counts for the device's erasure or
   * health. `note` says where the drive went (kept for destruction, sent back...).
   */
  'devices.removeDrive': method<DeviceDetail>()({
    input: z.object({
      deviceId: id,
      driveId: id,
      note: requiredText(500),
      replacement: driveInput.nullable().default(null),
    }),
    roles: [...DRIVE_CHANGE_ROLES],
  }),
};
