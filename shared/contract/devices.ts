import { z } from 'zod';
import { DIRECT_ACTIONS, type DeviceAction, type LifecycleFacts, type MediaErasureState } from '../domain/lifecycle';
import type { DriveType } from '../domain/values';
import type { RemovedDrive } from './drives';
import type { EventEntry } from './events';
import type { ErasureRecord } from './erasure';
import type { DeviceSummary } from './inventory';
import type { RefurbishmentRecord } from './refurbishment';
import { method } from './define';
import { id, optionalText, text } from './fields';
import { driveInput } from './intake';

export interface Drive {
  id: number;
  serial: string;
  type: DriveType;
  capacityGb: number | null;
  erasure: MediaErasureState;
  /** Its last health check failed (an imported SMART report): it holds the device back from "ready". */
  healthFailed: boolean;
}

export interface DeviceDetail extends DeviceSummary {
  imeis: string[];
  cpu: string;
  ramGb: number | null;
  storageSummary: string;
  screenInches: number | null;
  os: string;
  batteryHealth: number | null;
  accessories: string;
  notes: string | null;
  donorName: string;
  siteName: string;
  drives: Drive[];
  /** Drives taken out of the device (removed or replaced), oldest first. */
  removedDrives: RemovedDrive[];
  erasures: ErasureRecord[];
  refurbishments: RefurbishmentRecord[];
  facts: LifecycleFacts;
  /** The direct actions the lifecycle allows right now, to offer as buttons. */
  allowedActions: DeviceAction[];
  history: EventEntry[];
}

export interface BulkActionResult {
  changed: { id: number; assetTag: string; status: string }[];
}

const deviceRef = z.union([z.object({ id }), z.object({ assetTag: z.string().trim().toUpperCase().min(1).max(40) })]);

export const devicesContract = {
  'devices.get': method<DeviceDetail>()({ input: deviceRef }),
  'devices.update': method<DeviceDetail>()({
    input: z.object({
      id,
      changes: z
        .object({
          make: text(80),
          model: text(120),
          cpu: text(120),
          ramGb: z.number().min(0).max(4096).nullable(),
          storageSummary: text(120),
          screenInches: z.number().min(1).max(100).nullable(),
          os: text(80),
          batteryHealth: z.number().int().min(0).max(100).nullable(),
          accessories: text(300),
          location: text(60),
          notes: optionalText(2000),
        })
        .partial(),
    }),
  }),
  'devices.addDrive': method<DeviceDetail>()({ input: z.object({ deviceId: id, drive: driveInput }) }),
  /** One lifecycle action on one or many devices, all or nothing: refusals come back one per device. */
  'devices.applyAction': method<BulkActionResult>()({
    input: z.object({
      deviceIds: z.array(id).min(1).max(10_000),
      action: z.enum(DIRECT_ACTIONS as [DeviceAction, ...DeviceAction[]]),
      note: optionalText(500),
    }),
  }),
};
