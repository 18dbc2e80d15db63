import { INTAKE_TABLES } from './intake';
import { ERASURE_TABLES } from './erasure';
import { REFURBISHMENT_TABLES } from './refurbishment';
import { RECYCLING_TABLES } from './recycling';
import { EVENTS_TABLES } from './events';
import { ACCESS_TABLES } from './access';
import { SYSTEM_TABLES } from './system';
import { LENDING_TABLES } from './lending';
import { SIMS_TABLES } from './sims';
import { DOCUMENTS_TABLES } from './documents';
import { IMPORTS_TABLES } from './imports';
import { HUB_TABLES } from './hub';
import { TAX_RECEIPTS_TABLES } from './tax-receipts';
import type { RowOf, TableDescription } from '../columns';

/**
 * Every table of the schema, as the migrations leave it: one description per table (in one file per domain of this folder), the one place a column's type
 * is written on the TypeScript side. Repositories build their row types from it (`Column<'devices', 'status'>`,
 * `TableRow<'settings'>`) or from the contract's types; `test/integration/store/table-descriptions.test.ts` fails
 * when a description and the migrated schema disagree. The FTS5 index (`device_search` and its shadow tables)
 * belongs to SQLite and is left out. A migration that adds or changes a column changes its table here.
 */
export const TABLES = {
  ...INTAKE_TABLES,
  ...ERASURE_TABLES,
  ...REFURBISHMENT_TABLES,
  ...RECYCLING_TABLES,
  ...EVENTS_TABLES,
  ...ACCESS_TABLES,
  ...SYSTEM_TABLES,
  ...LENDING_TABLES,
  ...SIMS_TABLES,
  ...DOCUMENTS_TABLES,
  ...IMPORTS_TABLES,
  ...HUB_TABLES,
  ...TAX_RECEIPTS_TABLES,
} as const satisfies Record<string, TableDescription>;

export type TableName = keyof typeof TABLES;

/** A table's row, its columns named as in SQL. */
export type TableRow<Table extends TableName> = RowOf<(typeof TABLES)[Table]>;

/** The TypeScript type of one column. */
export type Column<Table extends TableName, Name extends keyof TableRow<Table>> = TableRow<Table>[Name];
