import type { Migration } from './migration';

/**
 * Agreement texts per variant (adult, minor, institution, donation) instead of per kind of handover, in a table of
 * their own. A programme's saved loan text carries over to its adult and minor variants, which printed it until
 * now; its institution variant starts from Rebond's default, since the old loan text held the personal clauses a
 * set must not print. The texts per kind are then dropped (nothing refers to them).
 */
export const AGREEMENT_VARIANTS_SQL = `
  CREATE TABLE agreement_texts (
    programme_id INTEGER NOT NULL REFERENCES programmes(id),
    variant TEXT NOT NULL CHECK (variant IN ('adult', 'minor', 'institution', 'donation')),
    lang TEXT NOT NULL CHECK (lang IN ('fr', 'en')),
    body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    updated_by INTEGER NOT NULL REFERENCES operators(id),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (programme_id, variant, lang)
  ) STRICT, WITHOUT ROWID;

  INSERT INTO agreement_texts (programme_id, variant, lang, body, updated_by, updated_at)
    SELECT programme_id, 'adult', lang, body, updated_by, updated_at FROM agreement_templates WHERE kind = 'loan'
    UNION ALL
    SELECT programme_id, 'minor', lang, body, updated_by, updated_at FROM agreement_templates WHERE kind = 'loan'
    UNION ALL
    SELECT programme_id, 'donation', lang, body, updated_by, updated_at FROM agreement_templates WHERE kind = 'donation';

  DROP TABLE agreement_templates;
`;

export const agreementVariantsMigration: Migration = {
  version: 9,
  name: 'agreement-variants',
  sql: AGREEMENT_VARIANTS_SQL,
};
