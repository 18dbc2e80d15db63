import Database from 'better-sqlite3';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

type Db = Database.Database;

let expected: readonly string[] | null = null;

// Tables only: a dropped trigger or index is not damage (the event log's guards dropped by hand are tampering,
// which `check` reports as such), while a missing table means the schema itself is broken.
const NAMES = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1";

/** Every table the migrations create, read once per process from a database in memory. */
function expectedSchema(nativeBinding: string | undefined): readonly string[] {
  if (expected) return expected;
  const db = new Database(':memory:', { nativeBinding });
  try {
    migrate(db, MIGRATIONS);
    expected = db.prepare<[], string>(NAMES).pluck().all();
  } finally {
    db.close();
  }
  return expected;
}

/**
 * The tables an up-to-date Rebond database lacks, read from its schema table alone: a damaged first page or schema is found at every open without reading the
 * whole file.
 */
export function missingFromSchema(db: Db, nativeBinding?: string): string[] {
  const present = new Set(db.prepare<[], string>(NAMES).pluck().all());
  return expectedSchema(nativeBinding).filter((name) => !present.has(name));
}
