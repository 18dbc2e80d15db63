/**
 * One step of the schema, as frozen SQL text. Once released a migration never changes (its SHA-256 is recorded in
 * test/integration/store/migration-freeze.test.ts): the text is one literal template string with no `${}`, and no
 * file here imports from `shared/`, so a growing vocabulary cannot silently change what an old step creates.
 */
export interface Migration {
  /** Its position in MIGRATIONS, stored as `user_version` once it has run. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /**
   * The SQL rebuilds tables (create the new table, copy, drop the old one, rename): foreign keys are turned off for
   * the run, then `PRAGMA foreign_key_check` must find nothing before it commits.
   */
  readonly rebuildsTables?: boolean;
}
