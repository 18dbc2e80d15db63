/** Whether `npm start` must rebuild the renderer: its output is missing or older than a source file. */
import { readdirSync, type Stats, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time under the given files or folders (0 when none exist). */
export function newestChange(paths: readonly string[]): number {
  let newest = 0;
  for (const path of paths) {
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch {
      continue;
    }
    newest = Math.max(newest, stats.mtimeMs);
    if (stats.isDirectory()) newest = Math.max(newest, newestChange(readdirSync(path).map((name) => join(path, name))));
  }
  return newest;
}

export function isStale(outputTime: number | null, newestInput: number): boolean {
  return outputTime === null || newestInput > outputTime;
}

export function modifiedTime(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}
