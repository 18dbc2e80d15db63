import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/store/open';
import { wipeDeletedContent } from '../../../main/store/wipe-residue';
import { tempDir, removeAll } from '../../helpers/api';
import { findResidue, textNeedles } from '../../helpers/residue';

const dirs: { path: string; remove: () => void }[] = [];
afterEach(() => removeAll(dirs));

function freshFolder(): { dir: string; db: Db } {
  const dir = tempDir();
  dirs.push(dir);
  return { dir: dir.path, db: openDatabase(join(dir.path, 'rebond.sqlite')) };
}

const SECRET = 'Ermengarde Tissandier';

/** A scratch table of people, indexed and sampled by the planner as the beneficiaries are. */
function fillAndDelete(db: Db): void {
  db.exec(
    'CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, note BLOB); CREATE INDEX people_name ON people (name)',
  );
  const insert = db.prepare('INSERT INTO people (name, note) VALUES (?, ?)');
  db.transaction(() => {
    for (let n = 0; n < 400; n += 1) insert.run(n === 200 ? SECRET : `Personne ${n}`, Buffer.alloc(3000, n));
  })();
  db.exec('ANALYZE');
  db.prepare('DELETE FROM people WHERE name = ?').run(SECRET);
}

describe('wiping deleted content', () => {
  it('turns secure_delete on for every read-write connection, not for a read-only one', () => {
    const { dir, db } = freshFolder();
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
    const reader = openDatabase(join(dir, 'rebond.sqlite'), { readonly: true });
    expect(reader.pragma('secure_delete', { simple: true })).toBe(0);
    reader.close();
  });

  it('leaves no byte of a row deleted before secure_delete was on, in the file, its WAL or the planner samples', () => {
    const { dir, db } = freshFolder();
    db.pragma('secure_delete = OFF'); // as in a database written by an earlier Rebond
    fillAndDelete(db);
    db.pragma('wal_checkpoint(PASSIVE)');
    db.pragma('secure_delete = ON');
    const needles = textNeedles('name', SECRET);
    expect(findResidue(dir, needles).length).toBeGreaterThan(0);

    const report = wipeDeletedContent(db);
    expect(report).toMatchObject({ vacuumed: true, walEmptied: true });
    expect(findResidue(dir, needles)).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(399);
    expect(db.prepare('SELECT count(*) FROM sqlite_stat4').pluck().get()).toBeGreaterThan(0);
    db.close();
    expect(findResidue(dir, needles)).toEqual([]);
  });

  it('skips the VACUUM and says so while another connection holds the write lock; the next wipe finishes the job', () => {
    const { dir, db } = freshFolder();
    fillAndDelete(db);
    const other = openDatabase(join(dir, 'rebond.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    db.pragma('busy_timeout = 20');
    try {
      expect(wipeDeletedContent(db)).toMatchObject({ vacuumed: false, walEmptied: false });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    db.pragma('busy_timeout = 5000');
    expect(wipeDeletedContent(db)).toMatchObject({ vacuumed: true, walEmptied: true });
    expect(findResidue(dir, textNeedles('name', SECRET))).toEqual([]);
    db.close();
  });

  it('is refused inside a transaction, where VACUUM cannot run', () => {
    const { db } = freshFolder();
    expect(() => db.transaction(() => wipeDeletedContent(db))()).toThrow(/outside any transaction/);
    db.close();
  });
});
