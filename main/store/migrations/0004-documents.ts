import type { Migration } from './migration';

/**
 * Every document Rebond issues, with its exact bytes so that a reprint is the same paper, and the devices each one
 * covers (a batch certificate or a label sheet shows on every device's page). An issued document is never edited;
 * its content may only be purged (set to NULL with the time) when the personal data it holds must go.
 */
export const documentsMigration: Migration = {
  version: 4,
  name: 'documents',
  sql: `
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('erasure-certificate', 'labels', 'agreement', 'donation', 'receipt', 'return-receipt')),
        subject_type TEXT NOT NULL CHECK (subject_type IN ('device', 'batch', 'selection', 'handover', 'return')),
        -- The one subject; NULL for a selection, whose devices are in subject_ids (a JSON array) and document_devices.
        subject_id INTEGER CHECK ((subject_id IS NULL) = (subject_type = 'selection')),
        subject_ids TEXT NOT NULL CHECK (json_valid(subject_ids) AND json_type(subject_ids) = 'array'),
        lang TEXT NOT NULL CHECK (lang IN ('fr', 'en')),
        format TEXT NOT NULL CHECK (format IN ('a4', 'a4-3x8', 'roll-62', 'dymo-54x25')),
        pages INTEGER NOT NULL CHECK (pages > 0),
        byte_size INTEGER NOT NULL CHECK (byte_size > 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        content BLOB,
        purged_at TEXT,
        operator_id INTEGER REFERENCES operators(id),
        created_at TEXT NOT NULL,
        CHECK ((content IS NULL) = (purged_at IS NOT NULL))
      ) STRICT;
      CREATE INDEX documents_subject ON documents (subject_type, subject_id, id);

      CREATE TABLE document_devices (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        device_id INTEGER NOT NULL REFERENCES devices(id),
        PRIMARY KEY (document_id, device_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX document_devices_device ON document_devices (device_id, document_id);

      CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents BEGIN
        SELECT RAISE(ABORT, 'issued documents are kept');
      END;
      CREATE TRIGGER documents_only_purge BEFORE UPDATE ON documents
      WHEN NOT (new.content IS NULL AND new.purged_at IS NOT NULL AND old.content IS NOT NULL
        AND new.id = old.id AND new.reference = old.reference AND new.kind = old.kind
        AND new.subject_type = old.subject_type AND new.subject_id IS old.subject_id
        AND new.subject_ids = old.subject_ids AND new.lang = old.lang AND new.format = old.format
        AND new.pages = old.pages AND new.byte_size = old.byte_size AND new.sha256 = old.sha256
        AND new.operator_id IS old.operator_id AND new.created_at = old.created_at)
      BEGIN
        SELECT RAISE(ABORT, 'an issued document is never edited, only its content purged');
      END;
      CREATE TRIGGER document_devices_no_change BEFORE UPDATE ON document_devices BEGIN
        SELECT RAISE(ABORT, 'issued documents are kept');
      END;
      CREATE TRIGGER document_devices_no_delete BEFORE DELETE ON document_devices BEGIN
        SELECT RAISE(ABORT, 'issued documents are kept');
      END;
    `,
};
