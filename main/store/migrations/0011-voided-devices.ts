import type { Migration } from './migration';

/**
 * A device recorded by mistake (a stray scan, a typing error at intake) can be voided: a new state, `voided`, kept
 * with its history and its asset tag, but no longer counted or listed. The CHECK list of `devices.status` written
 * in 0001 does not allow it, and SQLite cannot alter a CHECK, so the table is rebuilt the documented way (create,
 * copy, drop, rename), with its indexes of 0001 and 0002, the search index's triggers and the counters' triggers of 0010 recreated as
 * they were.
 */
export const VOIDED_DEVICES_SQL = `
  CREATE TABLE devices_new (
    id INTEGER PRIMARY KEY,
    asset_tag TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('laptop', 'desktop', 'tablet', 'phone', 'other')),
    status TEXT NOT NULL CHECK (status IN ('received', 'awaiting_erasure', 'erased', 'in_refurbishment', 'ready', 'allocated', 'returned', 'to_recycle', 'recycled', 'quarantined', 'lost_stolen', 'harvested', 'voided')),
    serial TEXT NOT NULL DEFAULT '',
    imei TEXT NOT NULL DEFAULT '',
    imei2 TEXT NOT NULL DEFAULT '',
    make TEXT NOT NULL DEFAULT '',
    make_key TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    cpu TEXT NOT NULL DEFAULT '',
    ram_gb REAL,
    storage_summary TEXT NOT NULL DEFAULT '',
    screen_inches REAL,
    os TEXT NOT NULL DEFAULT '',
    battery_health INTEGER CHECK (battery_health BETWEEN 0 AND 100),
    accessories TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    grade TEXT NOT NULL DEFAULT '' CHECK (grade IN ('', 'A', 'B', 'C', 'D')),
    functional TEXT CHECK (functional IS NULL OR functional IN ('working', 'working_with_defects', 'not_working')),
    notes TEXT,
    batch_id INTEGER NOT NULL REFERENCES batches(id),
    site_id INTEGER NOT NULL REFERENCES sites(id),
    received_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  INSERT INTO devices_new (id, asset_tag, kind, status, serial, imei, imei2, make, make_key, model, cpu, ram_gb, storage_summary, screen_inches, os, battery_health, accessories, location, grade, functional, notes, batch_id, site_id, received_on, created_at, updated_at)
    SELECT id, asset_tag, kind, status, serial, imei, imei2, make, make_key, model, cpu, ram_gb, storage_summary, screen_inches, os, battery_health, accessories, location, grade, functional, notes, batch_id, site_id, received_on, created_at, updated_at FROM devices;
  DROP TABLE devices;
  ALTER TABLE devices_new RENAME TO devices;

  CREATE INDEX devices_make_serial ON devices (make_key, serial) WHERE serial <> '';
  CREATE INDEX devices_serial ON devices (serial) WHERE serial <> '';
  CREATE INDEX devices_imei ON devices (imei) WHERE imei <> '';
  CREATE INDEX devices_imei2 ON devices (imei2) WHERE imei2 <> '';
  CREATE INDEX devices_batch ON devices (batch_id, id);
  CREATE INDEX devices_updated ON devices (updated_at, id);
  CREATE INDEX devices_status_updated ON devices (status, updated_at, id);
  CREATE INDEX devices_received ON devices (received_on, id);
  CREATE INDEX devices_kind ON devices (kind, id);
  CREATE INDEX devices_make_model ON devices (make, id);
  CREATE INDEX devices_model ON devices (model, id);
  CREATE INDEX devices_grade ON devices (grade, id);
  CREATE INDEX devices_status ON devices (status, id);
  CREATE INDEX devices_asset_tag_order ON devices (asset_tag, id);
  CREATE TRIGGER devices_search_insert AFTER INSERT ON devices BEGIN
    INSERT INTO device_search (rowid, asset_tag, serial, imei, imei2)
    VALUES (new.id, new.asset_tag, new.serial, new.imei, new.imei2);
  END;
  CREATE TRIGGER devices_search_update AFTER UPDATE OF asset_tag, serial, imei, imei2 ON devices BEGIN
    INSERT INTO device_search (device_search, rowid, asset_tag, serial, imei, imei2)
    VALUES ('delete', old.id, old.asset_tag, old.serial, old.imei, old.imei2);
    INSERT INTO device_search (rowid, asset_tag, serial, imei, imei2)
    VALUES (new.id, new.asset_tag, new.serial, new.imei, new.imei2);
  END;
  CREATE TRIGGER devices_search_delete AFTER DELETE ON devices BEGIN
    INSERT INTO device_search (device_search, rowid, asset_tag, serial, imei, imei2)
    VALUES ('delete', old.id, old.asset_tag, old.serial, old.imei, old.imei2);
  END;

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

export const voidedDevicesMigration: Migration = {
  version: 11,
  name: 'voided-devices',
  sql: VOIDED_DEVICES_SQL,
  rebuildsTables: true,
};
