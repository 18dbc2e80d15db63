import type { RefurbishmentOutcome } from '../../../shared/domain/values';
import { integer, nullable, text, type TableDescription } from '../columns';

/** Repairs and quality control (0001). */
export const REFURBISHMENT_TABLES = {
  refurbishment_parts: {
    id: integer(),
    refurbishment_id: integer(),
    name: text(),
    quantity: integer(),
    cost_cents: integer(),
  },
  refurbishments: {
    id: integer(),
    device_id: integer(),
    diagnostics: text(),
    labour_minutes: integer(),
    outcome: text<RefurbishmentOutcome>(),
    notes: nullable(text()),
    performed_by: integer(),
    recorded_at: text(),
    qc_passed: nullable(integer()),
    qc_by: nullable(integer()),
    qc_at: nullable(text()),
    qc_notes: nullable(text()),
  },
} as const satisfies Record<string, TableDescription>;
