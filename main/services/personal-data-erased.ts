/**
 * What happens once a transaction that erased personal data has committed: nothing of the person may stay
 * readable in the database file, its WAL, the document renderer's caches or the files Rebond keeps aside.
 */
import { forgetWordLayouts } from '../documents/pdf/word-layouts';
import type { Store } from '../store/store';
import { wipeDeletedContent, type WipeReport } from '../store/wipe-residue';

type Listener = () => void;
const listeners = new Set<Listener>();

/**
 * Set by the erasing transaction itself and cleared once the wipe has finished: if another process held the file
 * at that moment, the next anonymisation run (there is one at every start) wipes again.
 */
const WIPE_PENDING_KEY = 'personalDataWipePending';

/** Inside the transaction that erases personal data. */
export function markWipePending(store: Store): void {
  store.settings.set(WIPE_PENDING_KEY, '1');
}

/**
 * For parts outside the store that keep copies (the desktop shell's folder of documents opened in the viewer).
 * A listener must not throw: the erasure has already committed. Returns the unsubscribe function.
 */
export function onPersonalDataErased(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function wipePending(store: Store): boolean {
  return store.settings.get(WIPE_PENDING_KEY) === '1';
}

/** Call after the commit, outside any transaction, once per run (it rewrites the database file). */
export function afterPersonalDataErased(store: Store): WipeReport {
  forgetWordLayouts();
  for (const listener of listeners) listener();
  const report = wipeDeletedContent(store.db);
  if (report.vacuumed && report.walEmptied) {
    try {
      store.settings.set(WIPE_PENDING_KEY, '');
    } catch (error) {
      // Busy again already: the flag stays and the next run wipes once more, which does no harm.
      if (!String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) throw error;
    }
  }
  return report;
}
