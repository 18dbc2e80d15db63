/**
 * The last-clean-shutdown marker: a small file beside the database, written when the last read-write connection
 * closes cleanly (SQLite has then checkpointed and removed the WAL) and removed when one opens. At the next open,
 * no marker, a marker for another file or a WAL left behind means the file was not closed cleanly (a crash, a
 * power cut, a killed process, or another process still has it open): it gets the full check before any write.
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

interface Marker {
  closedAt: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

export const markerPath = (databasePath: string) => `${databasePath}-clean-shutdown`;

function fileState(databasePath: string): Omit<Marker, 'closedAt'> | null {
  try {
    const stat = statSync(databasePath);
    return { size: stat.size, mtimeMs: Math.floor(stat.mtimeMs), ino: stat.ino };
  } catch {
    return null;
  }
}

function readMarker(path: string): Marker | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Marker;
  } catch {
    return null;
  }
}

/**
 * At a read-write open: whether the file was closed cleanly last time, and the marker removed, so that a crash
 * from now on leaves none. A new file (absent or empty) has nothing to check.
 */
export function takeCleanShutdownMarker(databasePath: string): boolean {
  const state = fileState(databasePath);
  const path = markerPath(databasePath);
  const marker = readMarker(path);
  rmSync(path, { force: true });
  if (state === null || state.size === 0) return true;
  if (existsSync(`${databasePath}-wal`)) return false;
  return marker !== null && marker.size === state.size && marker.mtimeMs === state.mtimeMs && marker.ino === state.ino;
}

/** After a read-write connection closed: the marker, unless another connection still has the file open (its WAL). */
export function writeCleanShutdownMarker(databasePath: string, now: Date): void {
  if (existsSync(`${databasePath}-wal`)) return;
  const state = fileState(databasePath);
  if (state === null) return;
  try {
    writeFileSync(
      markerPath(databasePath),
      JSON.stringify({ closedAt: now.toISOString(), ...state } satisfies Marker),
      { mode: 0o600 },
    );
  } catch {
    // A folder gone read-only or full: the next open runs the full check, which is the safe side.
  }
}
