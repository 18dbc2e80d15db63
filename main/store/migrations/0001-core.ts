import type { Migration } from './migration';

/** Sites, people, donors, batches, devices and their drives, and the event log. */
export const coreMigration: Migration = {
  version: 1,
  name: 'core',
  sql: `
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      CREATE TABLE sequences (name TEXT PRIMARY KEY, next INTEGER NOT NULL) STRICT;

      CREATE TABLE sites (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        address TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE operators (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        pin_hash TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE operator_roles (
        operator_id INTEGER NOT NULL REFERENCES operators(id),
        role TEXT NOT NULL CHECK (role IN ('technician', 'data_security_officer', 'coordinator', 'admin')),
        PRIMARY KEY (operator_id, role)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE donors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        kind TEXT NOT NULL CHECK (kind IN ('company', 'foundation', 'public_body', 'individual')),
        contact TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE batches (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        donor_id INTEGER NOT NULL REFERENCES donors(id),
        site_id INTEGER NOT NULL REFERENCES sites(id),
        received_on TEXT NOT NULL,
        expected_count INTEGER CHECK (expected_count IS NULL OR expected_count > 0),
        notes TEXT,
        closed_at TEXT,
        closed_by INTEGER REFERENCES operators(id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX batches_open ON batches (closed_at, received_on);

      CREATE TABLE devices (
        id INTEGER PRIMARY KEY,
        asset_tag TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('laptop', 'desktop', 'tablet', 'phone', 'other')),
        status TEXT NOT NULL CHECK (status IN ('received', 'awaiting_erasure', 'erased', 'in_refurbishment', 'ready', 'allocated', 'returned', 'to_recycle', 'recycled', 'quarantined', 'lost_stolen', 'harvested')),
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

      -- Fragments of tags, serials and IMEIs for the search box (trigram: any substring of 3+ characters).
      CREATE VIRTUAL TABLE device_search USING fts5(
        asset_tag, serial, imei, imei2, content='devices', content_rowid='id', tokenize='trigram'
      );
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

      CREATE TABLE drives (
        id INTEGER PRIMARY KEY,
        device_id INTEGER NOT NULL REFERENCES devices(id),
        serial TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL CHECK (type IN ('hdd', 'ssd', 'nvme', 'emmc', 'other')),
        capacity_gb INTEGER,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX drives_device ON drives (device_id);
      CREATE INDEX drives_serial ON drives (serial) WHERE serial <> '';

      CREATE TABLE erasures (
        id INTEGER PRIMARY KEY,
        device_id INTEGER NOT NULL REFERENCES devices(id),
        drive_id INTEGER REFERENCES drives(id),
        level TEXT NOT NULL CHECK (level IN ('clear', 'purge', 'destroy')),
        technique TEXT NOT NULL CHECK (technique IN ('overwrite', 'ata_secure_erase', 'nvme_sanitize', 'crypto_erase', 'factory_reset', 'physical_destruction')),
        passes INTEGER,
        tool TEXT NOT NULL,
        tool_version TEXT NOT NULL DEFAULT '',
        started_at TEXT NOT NULL,
        ended_at TEXT NOT NULL,
        result TEXT NOT NULL CHECK (result IN ('success', 'failed')),
        verification TEXT NOT NULL CHECK (verification IN ('full', 'sample', 'none')),
        checklist TEXT NOT NULL DEFAULT '[]',
        destination TEXT NOT NULL CHECK (destination IN ('internal_reuse', 'external_reuse', 'recycler', 'manufacturer', 'other')),
        evidence_text TEXT,
        evidence_sha256 TEXT,
        notes TEXT,
        performed_by INTEGER NOT NULL REFERENCES operators(id),
        recorded_at TEXT NOT NULL,
        verified_by INTEGER REFERENCES operators(id),
        verified_at TEXT,
        verification_notes TEXT,
        CHECK (verified_by IS NULL OR verified_by <> performed_by)
      ) STRICT;
      CREATE INDEX erasures_device ON erasures (device_id, id);
      CREATE INDEX erasures_unverified ON erasures (id) WHERE verified_by IS NULL AND result = 'success';

      CREATE TABLE refurbishments (
        id INTEGER PRIMARY KEY,
        device_id INTEGER NOT NULL REFERENCES devices(id),
        diagnostics TEXT NOT NULL DEFAULT '{}',
        labour_minutes INTEGER NOT NULL DEFAULT 0,
        outcome TEXT NOT NULL CHECK (outcome IN ('refurbished', 'beyond_repair', 'parts_only')),
        notes TEXT,
        performed_by INTEGER NOT NULL REFERENCES operators(id),
        recorded_at TEXT NOT NULL,
        qc_passed INTEGER CHECK (qc_passed IN (0, 1)),
        qc_by INTEGER REFERENCES operators(id),
        qc_at TEXT,
        qc_notes TEXT
      ) STRICT;
      CREATE INDEX refurbishments_device ON refurbishments (device_id, id);
      CREATE TABLE refurbishment_parts (
        id INTEGER PRIMARY KEY,
        refurbishment_id INTEGER NOT NULL REFERENCES refurbishments(id),
        name TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        cost_cents INTEGER NOT NULL CHECK (cost_cents >= 0)
      ) STRICT;
      CREATE INDEX refurbishment_parts_record ON refurbishment_parts (refurbishment_id);

      CREATE TABLE recyclings (
        id INTEGER PRIMARY KEY,
        recycler TEXT NOT NULL,
        pickup_date TEXT NOT NULL,
        weight_kg REAL,
        certificate_ref TEXT,
        notes TEXT,
        recorded_by INTEGER NOT NULL REFERENCES operators(id),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE recycling_devices (
        recycling_id INTEGER NOT NULL REFERENCES recyclings(id),
        device_id INTEGER NOT NULL UNIQUE REFERENCES devices(id),
        PRIMARY KEY (recycling_id, device_id)
      ) STRICT, WITHOUT ROWID;

      -- Append-only, each row chained to the previous one by a SHA-256 hash.
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        type TEXT NOT NULL,
        payload TEXT NOT NULL,
        operator_id INTEGER REFERENCES operators(id),
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX events_entity ON events (entity, entity_id, id);
      CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN
        SELECT RAISE(ABORT, 'events are append-only');
      END;
      CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN
        SELECT RAISE(ABORT, 'events are append-only');
      END;
      -- The newest event's id and hash, so that cutting events off the end is detected too.
      CREATE TABLE event_chain_head (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        last_id INTEGER NOT NULL,
        last_hash TEXT NOT NULL
      ) STRICT;
    `,
};
