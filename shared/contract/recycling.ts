import { z } from 'zod';
import { RECYCLER_KINDS, WASTE_CODES, type RecyclerKind, type WasteCode } from '../domain/waste';
import { method } from './define';
import { id, isoDate, optionalText, requiredText } from './fields';

export interface RecyclingRecord {
  id: number;
  recycler: string;
  pickupDate: string;
  weightKg: number | null;
  certificateRef: string | null;
  notes: string | null;
  /** The waste register's fields (migration 0013): null on pickups recorded before, or left out. */
  wasteCode: WasteCode | null;
  recyclerKind: RecyclerKind | null;
  contractRef: string | null;
  transportDocument: string | null;
  deviceCount: number;
  recordedBy: { id: number; name: string };
}

export const recyclingContract = {
  /** A recycler's pickup of a set of devices, all or nothing. */
  'recycling.record': method<RecyclingRecord>()({
    input: z.object({
      deviceIds: z.array(id).min(1).max(10_000),
      recycler: requiredText(160),
      pickupDate: isoDate,
      weightKg: z.number().min(0).max(100_000).nullable().default(null),
      certificateRef: optionalText(120),
      notes: optionalText(2000),
      /** For the waste register; a hazardous code needs the Trackdéchets identifier of its transport document. */
      wasteCode: z.enum(WASTE_CODES).nullable().default(null),
      recyclerKind: z.enum(RECYCLER_KINDS).nullable().default(null),
      contractRef: optionalText(120),
      transportDocument: optionalText(40),
    }),
    roles: ['coordinator', 'data_security_officer', 'admin'],
  }),
  'recycling.list': method<RecyclingRecord[]>()({ input: z.object({}) }),
};
