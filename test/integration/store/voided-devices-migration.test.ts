import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../main/store/migrate';
import { MIGRATIONS } from '../../../main/store/migrations';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 10));
  db.exec(`
    INSERT INTO sites (id, name, created_at) VALUES (1, 'Atelier', 'now');
    INSERT INTO donors (id, name, kind, created_at) VALUES (1, 'Mairie', 'public_body', 'now');
    INSERT INTO batches (id, code, donor_id, site_id, received_on, created_at) VALUES (1, 'L2026-0001', 1, 1, '2026-11-02', 'now');
    INSERT INTO devices (id, asset_tag, kind, status, serial, make, make_key, batch_id, site_id, received_on, created_at, updated_at)
      VALUES (7, 'RB-000007', 'laptop', 'ready', '5CQ6VY1', 'Dell Inc.', 'dell inc.', 1, 1, '2026-11-02', 'now', 'now');
    INSERT INTO drives (device_id, serial, type, created_at) VALUES (7, 'WD-1', 'ssd', 'now');
  `);
});
afterEach(() => db.close());

/** Indexes and triggers on devices, their SQL with whitespace runs reduced (the rebuild indents them differently). */
const attached = () =>
  (
    db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE tbl_name = 'devices' AND type <> 'table' ORDER BY name")
      .all() as { name: string; sql: string | null }[]
  ).map((row) => ({ name: row.name, sql: row.sql?.replace(/\s+/g, ' ') ?? null }));

const plan = (sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((step) => step.detail).join(' | ');

describe('0011 voided devices', () => {
  it('rebuilds devices with the voided state, keeping rows, references, indexes, the search index and the counters', () => {
    const indexesBefore = attached();
    migrate(db, MIGRATIONS.slice(0, 11));
    expect(db.prepare('SELECT asset_tag, status, serial, make FROM devices').all()).toEqual([
      { asset_tag: 'RB-000007', status: 'ready', serial: '5CQ6VY1', make: 'Dell Inc.' },
    ]);
    expect(attached()).toEqual(indexesBefore);
    db.prepare("UPDATE devices SET status = 'voided' WHERE id = 7").run();
    // The counters' triggers of 0010 came back with the table.
    expect(db.prepare('SELECT status, kind, count FROM device_counts').all()).toEqual([
      { status: 'voided', kind: 'laptop', count: 1 },
    ]);
    expect(() => db.prepare("UPDATE devices SET status = 'nonsense' WHERE id = 7").run()).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(() =>
      db.prepare("INSERT INTO drives (device_id, serial, type, created_at) VALUES (99, 'X', 'ssd', 'now')").run(),
    ).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT rowid FROM device_search WHERE device_search MATCH \'"CQ6VY"\'').pluck().all()).toEqual([
      7,
    ]);
    expect(plan("SELECT id FROM devices WHERE serial = '5CQ6VY1' AND serial <> ''")).toMatch(/devices_serial/);
  });
});
