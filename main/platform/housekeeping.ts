/**
 * What the app does once it answers, in the background: the full check of the file when it was not closed
 * cleanly (writes are held meanwhile, reads answer), then the day's backup unless one was verified today, then the
 * anonymisation of the people past the retention period (after that backup, so a copy still holds them).
 */
import { calendarDayIn } from '../../shared/format/dates';
import { organisationTimeZone } from '../documents/time-zone';
import { runFullCheck } from '../store/full-check';
import type { Store } from '../store/store';
import { anonymiseDue } from '../services/privacy';
import { describeBackupError } from './daily-backups';
import { ensureTodaysBackup } from '../services/backups';

const RETRY_MS = 30_000;
const ATTEMPTS = 5;

export interface HousekeepingOptions {
  log: (line: string) => void;
  lastVerifiedBackup?: () => string | undefined;
  /** Between two tries of a full check that could not run (the file busy); tests shorten it. */
  retryMs?: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * The full check of the live file off the serving thread, tried again while it cannot run. Returns whether the
 * store may be written; damage is logged and shuts writes (`database_damaged`).
 */
export async function fullCheckInBackground(
  store: Store,
  options: HousekeepingOptions,
  hold: boolean,
): Promise<boolean> {
  for (let attempt = 1; attempt <= ATTEMPTS && store.db.open; attempt += 1) {
    const result = await runFullCheck(store, { hold, lastVerifiedBackup: options.lastVerifiedBackup });
    if (result.ok) return true;
    if (result.damaged) {
      options.log(`Rebond: the full check found the database damaged, nothing more is written: ${result.detail}`);
      return false;
    }
    options.log(`Rebond: the full check could not run (try ${attempt} of ${ATTEMPTS}): ${result.detail}`);
    await pause(options.retryMs ?? RETRY_MS);
  }
  return store.writeGate.state === 'open';
}

export async function startUpHousekeeping(store: Store, options: HousekeepingOptions): Promise<void> {
  await pause(0); // the edition finishes starting (and prints its address) first
  if (store.writeGate.state === 'checking' && !(await fullCheckInBackground(store, options, true))) return;
  if (!store.db.open) return;
  try {
    ensureTodaysBackup(store, 'startup');
  } catch (error) {
    options.log(`Rebond: backup at start-up failed: ${describeBackupError(error)}`);
  }
  try {
    anonymiseDue(store, null);
  } catch (error) {
    options.log(`Rebond: the anonymisation at start-up failed: ${describeBackupError(error)}`);
  }
}

/** The day on which the live file was last fully checked, so that the hourly tick checks it once a day. */
export function dailyFullCheck(store: Store, options: HousekeepingOptions): () => Promise<boolean> {
  let checkedOn: string | null = null;
  return async () => {
    const today = calendarDayIn(store.clock(), organisationTimeZone(store));
    if (checkedOn === today) return store.writeGate.state === 'open';
    const ok = await fullCheckInBackground(store, options, false);
    if (ok) checkedOn = today;
    return ok;
  };
}
