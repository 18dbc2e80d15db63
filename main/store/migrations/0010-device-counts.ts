import type { Migration } from './migration';

/**
 * How many devices are in each status and kind, kept by triggers on `devices` so that the dashboard reads a few
 * rows instead of counting the whole table (95 ms at 1 000 000 devices). A row exists only while its count is
 * above zero, so the table always equals `SELECT status, kind, count(*) FROM devices GROUP BY status, kind`.
 * A migration that rebuilds `devices` drops these triggers with the old table and must create them again.
 */
export const DEVICE_COUNTS_SQL = `
  CREATE TABLE device_counts (
    status TEXT NOT NULL,
    kind TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (status, kind)
  ) STRICT, WITHOUT ROWID;

  INSERT INTO device_counts (status, kind, count)
    SELECT status, kind, count(*) FROM devices GROUP BY status, kind;

  CREATE TRIGGER device_counts_after_insert AFTER INSERT ON devices
  BEGIN
    INSERT INTO device_counts (status, kind, count) VALUES (NEW.status, NEW.kind, 1)
      ON CONFLICT (status, kind) DO UPDATE SET count = count + 1;
  END;

  CREATE TRIGGER device_counts_after_delete AFTER DELETE ON devices
  BEGIN
    DELETE FROM device_counts WHERE status = OLD.status AND kind = OLD.kind AND count = 1;
    UPDATE device_counts SET count = count - 1 WHERE status = OLD.status AND kind = OLD.kind;
  END;

  CREATE TRIGGER device_counts_after_update AFTER UPDATE OF status, kind ON devices
    WHEN OLD.status IS NOT NEW.status OR OLD.kind IS NOT NEW.kind
  BEGIN
    DELETE FROM device_counts WHERE status = OLD.status AND kind = OLD.kind AND count = 1;
    UPDATE device_counts SET count = count - 1 WHERE status = OLD.status AND kind = OLD.kind;
    INSERT INTO device_counts (status, kind, count) VALUES (NEW.status, NEW.kind, 1)
      ON CONFLICT (status, kind) DO UPDATE SET count = count + 1;
  END;
`;

export const deviceCountsMigration: Migration = {
  version: 10,
  name: 'device-counts',
  sql: DEVICE_COUNTS_SQL,
};
