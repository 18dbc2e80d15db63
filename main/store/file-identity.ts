import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DomainError } from '../errors';

/** Which file a path leads to: the same device and inode mean the same file, whatever its name now. */
function identityOf(path: string): string | null {
  try {
    const stat = statSync(path, { bigint: true });
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return null;
  }
}

/**
 * A check for the database file opened at `path`: it throws `data_folder_moved` once the path no longer leads to
 * that file (the data folder deleted, moved or replaced while Rebond runs). SQLite would go on writing to the
 * open file, wherever it now is or even deleted, and every such write would be lost.
 */
export function fileIdentityGuard(path: string): () => void {
  const opened = identityOf(path);
  if (opened === null) throw new DomainError('data_folder_moved', { dir: dirname(path) });
  return () => {
    if (identityOf(path) !== opened) throw new DomainError('data_folder_moved', { dir: dirname(path) });
  };
}
