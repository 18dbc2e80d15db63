import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/store/migrate';
import { MIGRATIONS } from '../../../main/store/migrations';
import type { Migration } from '../../../main/store/migrations/migration';

function tables(db: Database.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table') ORDER BY name").pluck().all() as string[];
}

describe('migrations', () => {
  it('are numbered by their position', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('0001-core creates the core tables, the search index and the append-only event log', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'sites',
        'operators',
        'donors',
        'batches',
        'devices',
        'drives',
        'erasures',
        'refurbishments',
        'recyclings',
        'events',
        'event_chain_head',
        'device_search',
      ]),
    );
    db.prepare(
      "INSERT INTO events (id, at, entity, entity_id, type, payload, prev_hash, hash) VALUES (1, 'x', 'device', 1, 't', '{}', '', '')",
    ).run();
    expect(() => db.prepare("UPDATE events SET type = 'forged'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    // The inventory query sorted by last change within a status uses its index, not a full sort.
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT id FROM devices WHERE status = 'ready' ORDER BY updated_at DESC, id DESC LIMIT 100",
      )
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('devices_status_updated');
    expect(plan.map((step) => step.detail).join(' ')).not.toContain('TEMP B-TREE');
    db.close();
  });

  it('0002 gives status and tag orders an index, so a page never sorts the whole table', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    for (const order of ['d.status ASC, d.id ASC', 'd.asset_tag DESC, d.id DESC']) {
      const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT d.id FROM devices d ORDER BY ${order} LIMIT 100`).all() as {
        detail: string;
      }[];
      expect(plan.map((step) => step.detail).join(' ')).not.toContain('TEMP B-TREE');
    }
    db.close();
  });

  it('apply in one transaction: a failing migration leaves the schema as it was', () => {
    const db = new Database(':memory:');
    const broken: Migration = {
      version: 2,
      name: 'broken',
      sql: 'CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);',
    };
    expect(() => migrate(db, [...MIGRATIONS.slice(0, 1), broken])).toThrow('migration_failed');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(tables(db)).toEqual([]);
    db.close();
  });

  it('do nothing when the schema is current', () => {
    const db = new Database(':memory:');
    migrate(db);
    const version = migrate(db);
    expect(version).toBe(MIGRATIONS.length);
    db.close();
  });
});
