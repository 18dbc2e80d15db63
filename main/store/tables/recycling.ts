import type { RecyclerKind, WasteCode } from '../../../shared/domain/waste';
import { integer, nullable, real, text, type TableDescription } from '../columns';

/** Recycling pickups and the waste register (0001, 0015). */
export const RECYCLING_TABLES = {
  recycling_devices: {
    recycling_id: integer(),
    device_id: integer(),
  },
  recyclings: {
    id: integer(),
    recycler: text(),
    pickup_date: text(),
    weight_kg: nullable(real()),
    certificate_ref: nullable(text()),
    notes: nullable(text()),
    recorded_by: integer(),
    recorded_at: text(),
    waste_code: nullable(text<WasteCode>()),
    recycler_kind: nullable(text<RecyclerKind>()),
    contract_ref: nullable(text()),
    transport_document: nullable(text()),
  },
} as const satisfies Record<string, TableDescription>;
