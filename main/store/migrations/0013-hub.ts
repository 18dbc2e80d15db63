import type { Migration } from './migration';

/**
 * The hub (issue 14): the desks paired with it (each known by the SHA-256 of its long random credential, never the
 * credential), the wiping stations allowed to push results (by the SHA-256 of their token), and operators'
 * passwords (scrypt, with the parameters stored beside each hash so they can be raised later). Wrong passwords
 * are counted in `pin_attempts`, as wrong PINs are.
 */
export const HUB_SQL = `
  CREATE TABLE hub_desks (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    credential_sha256 TEXT NOT NULL UNIQUE,
    paired_at TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by INTEGER REFERENCES operators(id)
  ) STRICT;

  CREATE TABLE hub_stations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    token_sha256 TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES operators(id),
    revoked_at TEXT,
    revoked_by INTEGER REFERENCES operators(id)
  ) STRICT;

  CREATE TABLE operator_passwords (
    operator_id INTEGER PRIMARY KEY REFERENCES operators(id),
    hash TEXT NOT NULL,
    salt TEXT NOT NULL,
    params TEXT NOT NULL,
    set_at TEXT NOT NULL
  ) STRICT;
`;

export const hubMigration: Migration = {
  version: 13,
  name: 'hub',
  sql: HUB_SQL,
};
