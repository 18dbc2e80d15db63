import type { Migration } from './migration';

/**
 * What NIST SP 800-88's sample certificate asks for and Rebond did not keep: each operator's job title (free text,
 * not the app role), and on each erasure record whether the data was backed up and where, the classification after
 * sanitisation, the drive command of a firmware erasure and the operating system version of a factory reset.
 * Older records keep NULL: their certificates print « non renseigné » and their fingerprints are unchanged.
 */
export const CERTIFICATES_SQL = `
  ALTER TABLE operators ADD COLUMN job_title TEXT CHECK (job_title IS NULL OR length(job_title) BETWEEN 1 AND 120);

  ALTER TABLE erasures ADD COLUMN backup TEXT CHECK (backup IS NULL OR backup IN ('yes', 'no', 'unknown'));
  ALTER TABLE erasures ADD COLUMN backup_location TEXT CHECK (backup_location IS NULL OR length(backup_location) BETWEEN 1 AND 200);
  ALTER TABLE erasures ADD COLUMN classification_after TEXT CHECK (classification_after IS NULL OR length(classification_after) BETWEEN 1 AND 120);
  ALTER TABLE erasures ADD COLUMN command TEXT CHECK (command IS NULL OR length(command) BETWEEN 1 AND 200);
  ALTER TABLE erasures ADD COLUMN os_version TEXT CHECK (os_version IS NULL OR length(os_version) BETWEEN 1 AND 80);
`;

export const certificatesMigration: Migration = {
  version: 8,
  name: 'certificates',
  sql: CERTIFICATES_SQL,
};
