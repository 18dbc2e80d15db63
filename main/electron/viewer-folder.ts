/**
 * Where the desktop app writes a document for the system's viewer: a private folder (0700) in the user's data
 * folder, not the shared temporary folder, emptied at start, on quit and when personal data is erased. No Electron
 * import, so that it is tested as is.
 */
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const VIEWER_FOLDER_NAME = 'opened-documents';

/** Document references are `AGR-2026-000123`: anything else is refused rather than turned into a path. */
const REFERENCE = /^[A-Z]{2,6}-\d{4}-\d{1,9}$/;

/** Creates (or takes back) the folder with owner-only access, empties it, and returns its path. */
export function prepareViewerFolder(dataDir: string): string {
  const dir = join(dataDir, VIEWER_FOLDER_NAME);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700); // mkdir leaves an existing folder's mode as it was
  emptyViewerFolder(dir);
  return dir;
}

/**
 * Deletes every file in the folder. A file the viewer still holds open (Windows refuses to delete it) is left for
 * the next start; returns the names that could not be deleted.
 */
export function emptyViewerFolder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.filter((entry) => {
    try {
      rmSync(join(dir, entry), { recursive: true, force: true });
      return false;
    } catch {
      return true;
    }
  });
}

/** Writes a document's bytes (owner read and write only) and returns the file's path for the viewer. */
export function writeForViewer(dir: string, reference: string, pdf: Buffer): string {
  if (!REFERENCE.test(reference)) throw new Error(`not a document reference: ${reference}`);
  const file = join(dir, `${reference}.pdf`);
  writeFileSync(file, pdf, { mode: 0o600 });
  return file;
}
