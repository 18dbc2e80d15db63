import { integer, nullable, text, type TableDescription } from '../columns';

/** Hub stations and paired desks (0013). */
export const HUB_TABLES = {
  hub_desks: {
    id: integer(),
    name: text(),
    credential_sha256: text(),
    paired_at: text(),
    revoked_at: nullable(text()),
    revoked_by: nullable(integer()),
  },
  hub_stations: {
    id: integer(),
    name: text(),
    token_sha256: text(),
    created_at: text(),
    created_by: integer(),
    revoked_at: nullable(text()),
    revoked_by: nullable(integer()),
  },
} as const satisfies Record<string, TableDescription>;
