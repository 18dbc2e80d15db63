import type { AnonymiseReport } from '../../shared/contract/lending-types';
import { backupNow } from './backups';
import { anonymiseDue } from './privacy';
import type { Actor } from './unit-of-work';
import type { Store } from '../store/store';

/**
 * An anonymisation run asked for by a person (the API, `rebond anonymise`): a verified backup first, so a mistake
 * can be undone; no run if that backup cannot be made. (The run at start-up follows the start-up backup.)
 */
export function anonymiseDueAfterBackup(store: Store, actor: Actor | null): AnonymiseReport {
  // An in-memory database (tests, tools) has no file to protect.
  if (!store.db.memory) backupNow(store, 'before_anonymisation');
  return anonymiseDue(store, actor);
}
