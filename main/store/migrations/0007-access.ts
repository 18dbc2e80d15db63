import type { Migration } from './migration';

/**
 * Failed PIN attempts per operator, kept on disk so that restarting Rebond does not hand out fresh guesses.
 * A row exists only while an operator has failures since their last successful sign-in.
 */
export const ACCESS_SQL = `
  CREATE TABLE pin_attempts (
    operator_id INTEGER PRIMARY KEY REFERENCES operators(id),
    failures INTEGER NOT NULL CHECK (failures > 0),
    last_failed_at TEXT NOT NULL,
    locked_until TEXT
  ) STRICT;
`;

export const accessMigration: Migration = {
  version: 7,
  name: 'access',
  sql: ACCESS_SQL,
};
