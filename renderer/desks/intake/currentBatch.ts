/**
 * The batch this window is unloading, so that coming back to the intake desk (F3, the navigation) returns to it
 * and « Changer de lot » offers it first. Kept for the window's session: another window has its own van.
 */
const KEY = 'rebond.intake.currentBatch';

export function currentBatchId(): number | null {
  try {
    const stored = Number(sessionStorage.getItem(KEY));
    return Number.isInteger(stored) && stored > 0 ? stored : null;
  } catch {
    return null;
  }
}

export function rememberBatch(id: number | null): void {
  try {
    if (id === null) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, String(id));
  } catch {
    // Storage refused (private mode): the desk simply opens on the list of batches.
  }
}

/** The query that asks the intake desk for its list of batches rather than the batch in progress. */
export const CHOOSE_BATCH = new URLSearchParams({ choose: '1' });
