import { join } from 'node:path';
import type { OpenOptions } from '../store/open';
import { openStore, type Store } from '../store/store';
import { DATABASE_FILE, defaultDataDir } from './data-dir';

/** Opens (creating if needed) the database of a data directory, the per-user one by default. */
export function openDataStore(dataDir: string | undefined, options: Pick<OpenOptions, 'readonly' | 'nativeBinding' | 'beforeMigrate'> = {}): Store {
  return openStore(join(dataDir ?? defaultDataDir(), DATABASE_FILE), options);
}
