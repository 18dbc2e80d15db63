import type { Migration } from './migration';

/**
 * A programme's own agreement clauses (per kind of handover and language; none means Rebond's default text), the
 * reference values its agreements print, and the signatures and signed paper copies of handovers and returns.
 */
export const agreementTemplatesSignaturesMigration: Migration = {
  version: 5,
  name: 'agreement-templates-signatures',
  sql: `
      CREATE TABLE agreement_templates (
        programme_id INTEGER NOT NULL REFERENCES programmes(id),
        kind TEXT NOT NULL CHECK (kind IN ('loan', 'donation')),
        lang TEXT NOT NULL CHECK (lang IN ('fr', 'en')),
        body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        updated_by INTEGER NOT NULL REFERENCES operators(id),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (programme_id, kind, lang)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE programme_item_values (
        programme_id INTEGER NOT NULL REFERENCES programmes(id),
        item TEXT NOT NULL CHECK (item IN ('laptop', 'desktop', 'tablet', 'phone', 'other', 'sim')),
        value_cents INTEGER NOT NULL CHECK (value_cents >= 0),
        PRIMARY KEY (programme_id, item)
      ) STRICT, WITHOUT ROWID;

      -- One signature per signer for a handover (return_id NULL) or for one of its returns; a new one replaces it.
      CREATE TABLE handover_signatures (
        id INTEGER PRIMARY KEY,
        handover_id INTEGER NOT NULL REFERENCES handovers(id),
        return_id INTEGER REFERENCES returns(id),
        signer TEXT NOT NULL CHECK (signer IN ('receiver', 'guardian', 'staff')),
        mode TEXT NOT NULL CHECK (mode IN ('drawn', 'paper')),
        png BLOB,
        sha256 TEXT,
        width INTEGER,
        height INTEGER,
        captured_by INTEGER NOT NULL REFERENCES operators(id),
        captured_at TEXT NOT NULL,
        CHECK ((mode = 'drawn') = (png IS NOT NULL AND sha256 IS NOT NULL AND width > 0 AND height > 0))
      ) STRICT;
      CREATE UNIQUE INDEX handover_signatures_one ON handover_signatures (handover_id, coalesce(return_id, 0), signer);

      CREATE TABLE handover_attachments (
        id INTEGER PRIMARY KEY,
        handover_id INTEGER NOT NULL REFERENCES handovers(id),
        return_id INTEGER REFERENCES returns(id),
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        size INTEGER NOT NULL CHECK (size > 0 AND size = length(bytes)),
        sha256 TEXT NOT NULL,
        bytes BLOB NOT NULL,
        attached_by INTEGER NOT NULL REFERENCES operators(id),
        attached_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX handover_attachments_handover ON handover_attachments (handover_id, id);
    `,
};
