import type { Db } from './open';
import { pragmaRows, pragmaValue } from './pragmas';

export interface WipeReport {
  /** False when another connection was writing: the deleted content is zeroed in place all the same. */
  vacuumed: boolean;
  /** False when another connection was reading and the WAL could not be emptied. */
  walEmptied: boolean;
  /** Bytes of the database file afterwards. */
  fileBytes: number;
}

/** Tables whose planner samples (sqlite_stat4) copy index keys that name people: references and surnames. */
const SAMPLED_PERSONAL_TABLES = ['beneficiaries'];

/**
 * After personal data was deleted: leaves none of it readable in the file. `secure_delete` (set in open.ts) zeroes
 * what a change deletes, but not what was deleted before it was on, nor the planner's samples of index keys, nor
 * the page images the WAL still holds. So: fresh samples for the tables that hold people, a VACUUM that rewrites
 * the file without any free page (its scratch copy kept in memory, not in a temporary file), then a TRUNCATE
 * checkpoint that copies the WAL into the file and cuts the WAL to zero bytes.
 * Rewrites the whole file: call once per anonymisation run, never inside a transaction.
 */
export function wipeDeletedContent(db: Db): WipeReport {
  if (db.inTransaction) throw new Error('wipeDeletedContent must run outside any transaction');
  const sampled = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat4'").get() !== undefined;
  const tempStore = pragmaValue(db, 'temp_store');
  db.pragma('temp_store = MEMORY');
  let vacuumed = true;
  try {
    if (sampled) for (const table of SAMPLED_PERSONAL_TABLES) db.exec(`ANALYZE "${table}"`);
    db.exec('VACUUM');
  } catch (error) {
    // Another process held the write lock past the busy timeout: secure_delete has zeroed what the change deleted
    // and the checkpoint below still moves it into the file; free space older than secure_delete and stale planner
    // samples wait for the next run.
    if (!String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) throw error;
    vacuumed = false;
  } finally {
    db.pragma(`temp_store = ${tempStore}`);
  }
  let walEmptied = true;
  if (pragmaValue(db, 'journal_mode') === 'wal') {
    const [result] = pragmaRows(db, 'wal_checkpoint', 'TRUNCATE');
    walEmptied = result !== undefined && result.busy === 0 && result.log <= 0;
  }
  const pages = pragmaValue(db, 'page_count');
  const pageSize = pragmaValue(db, 'page_size');
  return { vacuumed, walEmptied, fileBytes: pages * pageSize };
}
