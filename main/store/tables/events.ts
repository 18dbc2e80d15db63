import { integer, nullable, text, type TableDescription } from '../columns';

/** The hash-chained event log and its notes (0001, 0006). */
export const EVENTS_TABLES = {
  event_chain_head: {
    singleton: integer(),
    last_id: integer(),
    last_hash: text(),
  },
  event_notes: {
    event_id: integer(),
    salt: text(),
    text: text(),
  },
  events: {
    id: integer(),
    at: text(),
    entity: text(),
    entity_id: integer(),
    type: text(),
    payload: text(),
    operator_id: nullable(integer()),
    prev_hash: text(),
    hash: text(),
  },
} as const satisfies Record<string, TableDescription>;
