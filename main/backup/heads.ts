/**
 * Tamper evidence beyond the database file: the chain head (last event id and hash) of every verified backup is
 * appended to `chain-heads.jsonl` in the backup folder, which rotation never prunes (it holds no personal data).
 * Deleting the last events and rewriting the head row passes the chain check, but not this one: a head recorded
 * earlier must still be in the log, with the same hash.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../store/open';
import type { Column } from '../store/tables';

export const HEADS_FILE = 'chain-heads.jsonl';

export interface HeadEntry {
  /** `backup`: the head of a verified backup; `restore`: the head of a backup put back in place. */
  kind: 'backup' | 'restore';
  at: string;
  file: string;
  id: number;
  hash: string;
}

export function appendHead(folder: string, entry: HeadEntry): void {
  appendFileSync(join(folder, HEADS_FILE), `${JSON.stringify(entry)}\n`);
}

function isEntry(value: unknown): value is HeadEntry {
  const entry = value as Partial<HeadEntry> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    (entry.kind === 'backup' || entry.kind === 'restore') &&
    typeof entry.at === 'string' &&
    typeof entry.file === 'string' &&
    Number.isInteger(entry.id) &&
    typeof entry.hash === 'string'
  );
}

export function readHeads(folder: string): HeadEntry[] {
  let text: string;
  try {
    text = readFileSync(join(folder, HEADS_FILE), 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      try {
        const parsed: unknown = JSON.parse(line);
        return isEntry(parsed) ? [parsed] : [];
      } catch {
        return [];
      }
    });
}

/**
 * The heads the log must still hold, in the order they were written. A restore puts an older log back on
 * purpose: the heads recorded after the restored one are no longer expected, the restored head is.
 */
export function expectedHeads(entries: readonly HeadEntry[]): HeadEntry[] {
  let expected: HeadEntry[] = [];
  for (const entry of entries) {
    if (entry.kind === 'restore') expected = expected.filter((earlier) => earlier.id <= entry.id);
    if (entry.id > 0) expected.push(entry);
  }
  return expected;
}

export interface MissingHead {
  entry: HeadEntry;
  /** `absent`: the log no longer reaches that event; `different`: the event is there with another hash. */
  found: 'absent' | 'different';
}

export function missingHeads(db: Db, expected: readonly HeadEntry[]): MissingHead[] {
  const hashOf = db.prepare<[id: number], Column<'events', 'hash'>>('SELECT hash FROM events WHERE id = ?').pluck();
  return expected.flatMap((entry): MissingHead[] => {
    const hash = hashOf.get(entry.id);
    if (hash === undefined) return [{ entry, found: 'absent' }];
    return hash === entry.hash ? [] : [{ entry, found: 'different' }];
  });
}
