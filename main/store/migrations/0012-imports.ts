import type { Migration } from './migration';

/**
 * What importing tool output needs (issue 15): a drive's model and health, what an imported erasure measured
 * (hidden areas, bytes erased, rounds), an evidence file per erasure, references a device had elsewhere, the source
 * files already imported (for idempotence), the column mappings a site chose per set of headers, and the review queue
 * of files waiting (from a drop folder). Kept in tables of their own beside drives and erasures.
 */
export const IMPORTS_SQL = `
  CREATE TABLE import_sources (
    id INTEGER PRIMARY KEY,
    content_sha256 TEXT NOT NULL UNIQUE CHECK (length(content_sha256) = 64),
    tool_record_id TEXT UNIQUE,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    tool TEXT NOT NULL,
    tool_version TEXT NOT NULL DEFAULT '',
    batch_id INTEGER REFERENCES batches(id),
    imported_by INTEGER NOT NULL REFERENCES operators(id),
    imported_at TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT '{}'
  ) STRICT;

  CREATE TABLE drive_details (
    drive_id INTEGER PRIMARY KEY REFERENCES drives(id),
    model TEXT NOT NULL DEFAULT '',
    bus TEXT NOT NULL DEFAULT '',
    health_failed INTEGER NOT NULL DEFAULT 0 CHECK (health_failed IN (0, 1)),
    health_reasons TEXT NOT NULL DEFAULT '[]',
    smart_passed INTEGER CHECK (smart_passed IN (0, 1)),
    power_on_hours INTEGER,
    reallocated_sectors INTEGER,
    pending_sectors INTEGER,
    percentage_used INTEGER,
    source_id INTEGER REFERENCES import_sources(id),
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX drive_details_failing ON drive_details (drive_id) WHERE health_failed = 1;

  CREATE TABLE imported_erasures (
    erasure_id INTEGER PRIMARY KEY REFERENCES erasures(id),
    source_id INTEGER NOT NULL REFERENCES import_sources(id),
    tool_method TEXT NOT NULL,
    tool_status TEXT NOT NULL CHECK (tool_status IN ('erased', 'failed', 'aborted')),
    hidden_areas TEXT CHECK (hidden_areas IN ('none_found', 'found_and_removed', 'found_not_removed', 'not_checked')),
    bytes_erased INTEGER,
    bytes_total INTEGER,
    rounds_asked INTEGER,
    rounds_done INTEGER,
    errors INTEGER,
    user_tag TEXT NOT NULL DEFAULT ''
  ) STRICT;
  CREATE INDEX imported_erasures_source ON imported_erasures (source_id);

  CREATE TABLE erasure_evidence_files (
    erasure_id INTEGER PRIMARY KEY REFERENCES erasures(id),
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64)
  ) STRICT;

  CREATE TABLE device_external_refs (
    id INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL REFERENCES devices(id),
    system TEXT NOT NULL CHECK (system <> ''),
    value TEXT NOT NULL CHECK (value <> ''),
    source_id INTEGER REFERENCES import_sources(id),
    created_at TEXT NOT NULL,
    UNIQUE (system, value)
  ) STRICT;
  CREATE INDEX device_external_refs_device ON device_external_refs (device_id);

  CREATE TABLE import_mappings (
    source_key TEXT PRIMARY KEY,
    mapping TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES operators(id),
    updated_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE import_queue (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    content_sha256 TEXT NOT NULL UNIQUE CHECK (length(content_sha256) = 64),
    bytes BLOB NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('drop_folder', 'hub')),
    received_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'imported', 'dismissed')),
    handled_by INTEGER REFERENCES operators(id),
    handled_at TEXT
  ) STRICT;
  CREATE INDEX import_queue_waiting ON import_queue (id) WHERE status = 'waiting';
`;

export const importsMigration: Migration = {
  version: 12,
  name: 'imports',
  sql: IMPORTS_SQL,
};
