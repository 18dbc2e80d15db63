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
 * For parts outside the store that keep copies (the desktop shell's folder of documents opened in the viewer).
 * A listener must not throw: the erasure has already committed. Returns the unsubscribe function.
 */
export function onPersonalDataErased(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Call after the commit, outside any transaction, once per run (it rewrites the database file). */
export function afterPersonalDataErased(store: Store): WipeReport {
  forgetWordLayouts();
  for (const listener of listeners) listener();
  return wipeDeletedContent(store.db);
}
