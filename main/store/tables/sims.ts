import type { SimState } from '../../../shared/domain/sim-lifecycle';
import { integer, nullable, real, text, type TableDescription } from '../columns';

/** SIM cards and their top-ups (0003). */
export const SIMS_TABLES = {
  sim_cards: {
    id: integer(),
    iccid: text(),
    phone_number: nullable(text()),
    operator: text(),
    plan_name: text(),
    plan_data_gb: nullable(real()),
    plan_validity_days: nullable(integer()),
    pin: nullable(text()),
    puk: nullable(text()),
    status: text<SimState>(),
    expires_on: nullable(text()),
    received_on: text(),
    notes: nullable(text()),
    created_at: text(),
    updated_at: text(),
  },
  sim_top_ups: {
    id: integer(),
    sim_id: integer(),
    topped_up_on: text(),
    amount_cents: integer(),
    data_gb: nullable(real()),
    validity_days: integer(),
    programme_id: nullable(integer()),
    recorded_by: integer(),
    recorded_at: text(),
  },
} as const satisfies Record<string, TableDescription>;
