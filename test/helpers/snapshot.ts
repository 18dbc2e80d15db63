import { createHash } from 'node:crypto';
import type { Store } from '../../main/store/store';

/** A fingerprint of every row of every table: equal before and after means nothing at all was written. */
export function databaseFingerprint(store: Store): string {
  const hash = createHash('sha256');
  const tables = store.db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'device_search_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(`#${table}\n`);
    for (const row of store.db.prepare(`SELECT * FROM "${table}"`).raw().iterate()) {
      hash.update(JSON.stringify(row));
    }
  }
  return hash.digest('hex');
}
