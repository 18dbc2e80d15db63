import type { Migration } from './migration';

/**
 * A drive taken out of a device (issue 15): removed, or replaced by another drive fitted in its place. The drive's
 * row stays (its erasure records point at it); this table says it is no longer in the device, so its failed health
 * check stops holding the device back from "ready". One removal per drive; a replacement names the drive fitted.
 */
export const DRIVE_REMOVALS_SQL = `
  CREATE TABLE drive_removals (
    drive_id INTEGER PRIMARY KEY REFERENCES drives(id),
    reason TEXT NOT NULL CHECK (reason IN ('removed', 'replaced')),
    replacement_drive_id INTEGER UNIQUE REFERENCES drives(id),
    note TEXT,
    removed_by INTEGER NOT NULL REFERENCES operators(id),
    removed_at TEXT NOT NULL,
    CHECK ((reason = 'replaced') = (replacement_drive_id IS NOT NULL)),
    CHECK (replacement_drive_id IS NULL OR replacement_drive_id <> drive_id)
  ) STRICT;
`;

export const driveRemovalsMigration: Migration = {
  version: 14,
  name: 'drive-removals',
  sql: DRIVE_REMOVALS_SQL,
};
