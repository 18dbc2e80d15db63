import type { OpenOptions } from '../store/open';
import type { Store } from '../store/store';
import { anonymiseDue } from '../services/privacy';
import { openDataStore } from './open-data';

/**
 * Opens a data directory's database as the app does when it starts (Electron or browser edition): with the
 * housekeeping due at every launch, which today is the anonymisation of people past the retention period.
 */
export function openAppStore(dataDir: string | undefined, options: Pick<OpenOptions, 'nativeBinding'> = {}): Store {
  const store = openDataStore(dataDir, options);
  try {
    anonymiseDue(store, null);
  } catch (error) {
    store.close();
    throw error;
  }
  return store;
}
