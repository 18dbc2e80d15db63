import type { ChainReport } from '../../shared/contract/events';
import { pragmaRows, type PragmaRows } from './pragmas';
import type { Store } from './store';

export interface IntegrityReport {
  /** `['ok']` when SQLite finds nothing wrong. */
  integrity: string[];
  foreignKeys: PragmaRows['foreign_key_check'][];
  chain: ChainReport;
  ok: boolean;
}

/**
 * The full checks, on demand (opening runs only the quick one): pages, references and the event chain. Needs only
 * the connection and its event log, so a backup is checked the same way without the repositories.
 */
export function checkIntegrity(store: Pick<Store, 'db' | 'events'>): IntegrityReport {
  const integrity = pragmaRows(store.db, 'integrity_check').map((row) => row.integrity_check);
  const foreignKeys = pragmaRows(store.db, 'foreign_key_check');
  const chain = store.events.verify();
  return {
    integrity,
    foreignKeys,
    chain,
    ok: integrity.length === 1 && integrity[0] === 'ok' && foreignKeys.length === 0 && chain.ok,
  };
}
