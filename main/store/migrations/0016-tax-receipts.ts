import type { Migration } from './migration';

/**
 * Tax receipts (issue 16): what a donor's receipt needs beyond the donor's name and kind (a company's SIREN and
 * legal form, the donor's postal address), and the value of a batch given in kind, which the donor provides (a
 * company at its cost price), with who recorded it and when. Both rows are optional: a receipt is refused without
 * them, naming the field. The documents table is rebuilt to let its kind be `tax-receipt` (SQLite cannot alter a
 * CHECK): same columns, rows, index and triggers.
 */
export const TAX_RECEIPTS_SQL = `
  CREATE TABLE donor_tax_identities (
    donor_id INTEGER PRIMARY KEY REFERENCES donors(id),
    siren TEXT CHECK (siren IS NULL OR (length(siren) = 9 AND siren NOT GLOB '*[^0-9]*')),
    legal_form TEXT CHECK (legal_form IS NULL OR length(legal_form) BETWEEN 1 AND 80),
    address TEXT NOT NULL CHECK (length(address) BETWEEN 1 AND 400),
    updated_by INTEGER REFERENCES operators(id),
    updated_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE batch_valuations (
    batch_id INTEGER PRIMARY KEY REFERENCES batches(id),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    valued_by INTEGER REFERENCES operators(id),
    valued_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE documents_new (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('erasure-certificate', 'labels', 'agreement', 'donation', 'receipt', 'return-receipt', 'tax-receipt')),
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
  INSERT INTO documents_new (id, reference, kind, subject_type, subject_id, subject_ids, lang, format, pages, byte_size,
    sha256, content, purged_at, operator_id, created_at)
  SELECT id, reference, kind, subject_type, subject_id, subject_ids, lang, format, pages, byte_size,
    sha256, content, purged_at, operator_id, created_at FROM documents;
  DROP TABLE documents;
  ALTER TABLE documents_new RENAME TO documents;
  CREATE INDEX documents_subject ON documents (subject_type, subject_id, id);
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
`;

export const taxReceiptsMigration: Migration = {
  version: 16,
  name: 'tax-receipts',
  sql: TAX_RECEIPTS_SQL,
  rebuildsTables: true,
};
