import { backupBeforeMigration } from '../backup/before-migration';
import { openStore, type Store, type StoreOptions } from '../store/store';
import { requireDatabase, type CliContext } from './context';

/**
 * How a command uses the database:
 * - `read`: it must exist; opened read-only, never migrated, so it works while the app runs (list, stats, check, backups);
 * - `write`: it must exist; a pending migration runs after a verified backup, as the app does (document, import…);
 * - `create`: made when missing (demo).
 */
export type CliStoreAccess = 'read' | 'write' | 'create';

const OPEN_OPTIONS: Record<CliStoreAccess, StoreOptions> = {
  read: { readonly: true },
  write: { beforeMigrate: backupBeforeMigration },
  create: {},
};

function openFor(context: CliContext, access: CliStoreAccess): Store {
  if (access !== 'create') requireDatabase(context);
  return openStore(context.databasePath, OPEN_OPTIONS[access]);
}

/** Closes after a failure without hiding it: the command's own error is the one reported. */
function closeAfterFailure(store: Store): void {
  try {
    store.close();
  } catch {
    // The failure being reported says more than a close that failed after it.
  }
}

/** The one way a command opens the data folder's database: opened, given to `run`, closed whatever happens. */
export function withCliStore<T>(context: CliContext, access: CliStoreAccess, run: (store: Store) => T): T {
  const store = openFor(context, access);
  let result: T;
  try {
    result = run(store);
  } catch (error) {
    closeAfterFailure(store);
    throw error;
  }
  store.close();
  return result;
}

/** `withCliStore` for a command that awaits (reading PDFs is asynchronous): closed once `run` has settled. */
export async function withCliStoreAsync<T>(
  context: CliContext,
  access: CliStoreAccess,
  run: (store: Store) => Promise<T>,
): Promise<T> {
  const store = openFor(context, access);
  let result: T;
  try {
    result = await run(store);
  } catch (error) {
    closeAfterFailure(store);
    throw error;
  }
  store.close();
  return result;
}
