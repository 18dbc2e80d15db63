import type { Db } from './open';

/**
 * What the PRAGMAs Rebond reads return, declared once: better-sqlite3 types every PRAGMA's answer as `unknown`.
 * Shapes from SQLite's documentation (https://sqlite.org/pragma.html).
 */
export interface PragmaRows {
  foreign_key_check: { table: string; rowid: number | null; parent: string; fkid: number };
  integrity_check: { integrity_check: string };
  quick_check: { quick_check: string };
  table_info: { cid: number; name: string; type: string; notnull: 0 | 1; dflt_value: string | null; pk: number };
  wal_checkpoint: { busy: number; log: number; checkpointed: number };
}

export interface PragmaValues {
  user_version: number;
  foreign_keys: 0 | 1;
  temp_store: number;
  journal_mode: string;
  page_count: number;
  page_size: number;
}

/** The rows of a PRAGMA that answers with rows; `argument` as in `table_info(devices)` or `quick_check(20)`. */
export function pragmaRows<Name extends keyof PragmaRows>(
  db: Db,
  name: Name,
  argument?: string | number,
): PragmaRows[Name][] {
  const answer: unknown = db.pragma(argument === undefined ? name : `${name}(${argument})`);
  return answer as PragmaRows[Name][];
}

/** The one value of a PRAGMA that answers with a value. */
export function pragmaValue<Name extends keyof PragmaValues>(db: Db, name: Name): PragmaValues[Name] {
  const answer: unknown = db.pragma(name, { simple: true });
  return answer as PragmaValues[Name];
}
