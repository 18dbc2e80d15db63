import { resolve } from 'node:path';
import type { Db } from '../store/open';
import { customBackupFolder, dataDirOf, defaultBackupFolder } from './folder';
import { expectedHeads, missingHeads, readHeads, type MissingHead } from './heads';

export interface HeadsReport {
  /** How many recorded heads were looked for. */
  checked: number;
  missing: MissingHead[];
}

/** The folders whose heads concern this database: the one set in its settings and the default one. */
export function headFoldersOf(db: Db): string[] {
  const folders = [customBackupFolder(db), defaultBackupFolder(dataDirOf(db))].filter(
    (folder): folder is string => folder !== null,
  );
  return [...new Set(folders.map((folder) => resolve(folder)))];
}

/** Every chain head recorded with a verified backup of this database must still be in its event log. */
export function checkRecordedHeads(db: Db): HeadsReport {
  const all = headFoldersOf(db).flatMap((folder) => expectedHeads(readHeads(folder)));
  // A backup and the restore of it record the same head: look for each one once.
  const expected = [...new Map(all.map((entry) => [`${entry.id}:${entry.hash}`, entry])).values()];
  return { checked: expected.length, missing: missingHeads(db, expected) };
}
