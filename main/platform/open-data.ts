import { join } from 'node:path';
import { openStore, type Store, type StoreOptions } from '../store/store';
import { DATABASE_FILE, defaultDataDir } from './data-dir';

/** Opens (creating if needed) the database of a data directory, the per-user one by default. */
export function openDataStore(
  dataDir: string | undefined,
  options: Pick<StoreOptions, 'readonly' | 'nativeBinding' | 'beforeMigrate' | 'deferFullCheck'> = {},
): Store {
  return openStore(join(dataDir ?? defaultDataDir(), DATABASE_FILE), options);
}
