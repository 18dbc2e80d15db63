import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../main/cli/run';
import { DATABASE_FILE } from '../../main/platform/data-dir';
import { openStore } from '../../main/store/store';
import { harnessFor, tempDir, type Harness } from './api';
import { pupil, setUpLending, type LendingDesk } from './lending';

export interface DataFolder {
  dir: string;
  databasePath: string;
  backups: string;
  remove: () => void;
}

/** A data folder as the app has it (`rebond.sqlite`, `backups/` beside it), in a temporary directory. */
export function dataFolder(): DataFolder {
  const dir = tempDir('rebond-backup-test-');
  return {
    dir: dir.path,
    databasePath: join(dir.path, DATABASE_FILE),
    backups: join(dir.path, 'backups'),
    remove: dir.remove,
  };
}

/** The folder's database opened with a lending desk and one pupil, whose reference says the data is there. */
export function filledStore(folder: DataFolder, clock?: () => Date): { h: Harness; d: LendingDesk } {
  const h = harnessFor(openStore(folder.databasePath, clock ? { clock } : {}));
  const d = setUpLending(h);
  pupil(h, d, 'SAUVE-1', { lastName: 'Sauvegardée' });
  return { h, d };
}

export function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(
    argv,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A raw connection's view of a table, for checking what a copy holds without Rebond's checks in the way. */
export function references(path: string): string[] {
  const store = openStore(path, { readonly: true });
  try {
    return store.db.prepare('SELECT reference FROM beneficiaries ORDER BY id').pluck().all() as string[];
  } finally {
    store.close();
  }
}

/** SQLite's header byte 18: 1 for a rollback journal, 2 for WAL. */
export function journalFormat(path: string): number {
  return readFileSync(path)[18] ?? 0;
}
