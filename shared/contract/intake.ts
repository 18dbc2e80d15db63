import { z } from 'zod';
import { DEVICE_KINDS, DONOR_KINDS, DRIVE_TYPES, type DonorKind } from '../domain/values';
import type { Warning } from '../errors';
import type { DeviceSummary } from './inventory';
import { method } from './define';
import { id, isoDate, optionalText, requiredText, text } from './fields';

export interface Donor {
  id: number;
  name: string;
  kind: DonorKind;
  contact: string | null;
}

export interface Batch {
  id: number;
  code: string;
  donorId: number;
  donorName: string;
  siteId: number;
  siteName: string;
  receivedOn: string;
  expectedCount: number | null;
  receivedCount: number;
  notes: string | null;
  closed: boolean;
}

export const driveInput = z.object({
  serial: text(80).default(''),
  type: z.enum(DRIVE_TYPES),
  capacityGb: z.number().int().min(0).max(1_000_000).nullable().default(null),
});

const nullableNumber = (min: number, max: number, int = false) =>
  (int ? z.number().int() : z.number()).min(min).max(max).nullable().default(null);

/** What intake knows of a device; identifiers are normalised by the service, which owns their rules. */
export const deviceSpecInput = z.object({
  kind: z.enum(DEVICE_KINDS),
  // Long enough for a manufacturer's support address, whose serial the scan rules take out (and bound to 80).
  serial: text(300).default(''),
  imeis: z.array(text(40)).max(2).default([]),
  make: text(80).default(''),
  model: text(120).default(''),
  cpu: text(120).default(''),
  ramGb: nullableNumber(0, 4096),
  storageSummary: text(120).default(''),
  screenInches: nullableNumber(1, 100),
  os: text(80).default(''),
  batteryHealth: nullableNumber(0, 100, true),
  accessories: text(300).default(''),
  location: text(60).default(''),
  notes: optionalText(2000),
  drives: z.array(driveInput).max(16).default([]),
});
export type DeviceSpecInput = z.input<typeof deviceSpecInput>;
export type DeviceSpec = z.output<typeof deviceSpecInput>;

export interface RegisteredDevice {
  device: DeviceSummary;
  warnings: Warning[];
}

export interface BulkRegistration {
  devices: { id: number; assetTag: string }[];
  /** Warnings name the line (0-based index) they belong to. */
  warnings: (Warning & { index: number })[];
}

/** The intake desk is open to every role: whoever unloads the van scans. */
export const intakeContract = {
  'donors.list': method<Donor[]>()({ input: z.object({}) }),
  'donors.create': method<Donor>()({
    input: z.object({ name: requiredText(160), kind: z.enum(DONOR_KINDS), contact: optionalText(300) }),
  }),
  'batches.list': method<Batch[]>()({
    input: z.object({ includeClosed: z.boolean().default(false) }),
  }),
  'batches.get': method<Batch>()({ input: z.object({ id }) }),
  'batches.create': method<Batch>()({
    input: z.object({
      donorId: id,
      siteId: id,
      receivedOn: isoDate,
      expectedCount: z.number().int().min(1).max(100_000).nullable().default(null),
      notes: optionalText(2000),
    }),
  }),
  /** A batch closes only when every device in it is erased or destroyed, by a data-security officer. */
  'batches.close': method<Batch>()({ input: z.object({ id }), roles: ['data_security_officer'] }),
  'batches.reopen': method<Batch>()({ input: z.object({ id }), roles: ['data_security_officer', 'admin'] }),
  'devices.register': method<RegisteredDevice>()({
    input: z.object({ batchId: id, device: deviceSpecInput }),
  }),
  'devices.registerMany': method<BulkRegistration>()({
    input: z.object({ batchId: id, devices: z.array(deviceSpecInput).min(1).max(20_000) }),
  }),
};
