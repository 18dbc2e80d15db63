import { backupBeforeMigration } from '../backup/before-migration';
import type { OpenOptions } from '../store/open';
import type { Store } from '../store/store';
import { anonymiseDue } from '../services/privacy';
import { startupBackup } from './daily-backups';
import { openDataStore } from './open-data';

export interface AppStoreOptions extends Pick<OpenOptions, 'nativeBinding'> {
  /** Where a backup that could not be made is reported. */
  log?: (line: string) => void;
}

/**
 * Opens a data directory's database for an edition that answers at once (the browser edition): only the checks
 * of every open, writes held when the file owes its full check; the caller starts `startUpHousekeeping` (the
 * full check, the day's backup, the anonymisation) once it listens.
 */
export function openAppStoreQuickly(
  dataDir: string | undefined,
  options: Pick<OpenOptions, 'nativeBinding'> = {},
): Store {
  return openDataStore(dataDir, {
    nativeBinding: options.nativeBinding,
    beforeMigrate: backupBeforeMigration,
    deferFullCheck: true,
  });
}

/**
 * Opens a data directory's database as the app does when it starts (Electron or browser edition): a verified
 * backup before any migration, then one at start-up, then the housekeeping due at every launch, the
 * anonymisation of people past the retention period (after that backup).
 */
export function openAppStore(dataDir: string | undefined, options: AppStoreOptions = {}): Store {
  const store = openDataStore(dataDir, { nativeBinding: options.nativeBinding, beforeMigrate: backupBeforeMigration });
  try {
    startupBackup(store, options.log ?? console.error);
    anonymiseDue(store, null);
  } catch (error) {
    store.close();
    throw error;
  }
  return store;
}
