import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../main/store/migrate';
import { MIGRATIONS } from '../../../main/store/migrations';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  migrate(db, MIGRATIONS.slice(0, 3));
});
afterEach(() => db.close());

const plan = (sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((step) => step.detail).join(' | ');

/** The smallest rows the lending tables need to refer to. */
function seed(): void {
  db.exec(`
    INSERT INTO operators (id, name, created_at) VALUES (1, 'A', 'now');
    INSERT INTO partners (id, name, kind, created_at, updated_at) VALUES (1, 'Collège', 'school', 'now', 'now');
    INSERT INTO programmes (id, name, starts_on, default_kind, agreement_variant, created_at, updated_at)
      VALUES (1, 'P', '2026-01-01', 'loan', 'standard', 'now', 'now');
    INSERT INTO beneficiaries (id, partner_id, reference, category, minor, created_at, updated_at)
      VALUES (1, 1, 'EL-1', 'pupil', 0, 'now', 'now');
  `);
}

const handover = (id: number, columns: Record<string, string | number | null>) => {
  const row = {
    id,
    number: `RM-${id}`,
    kind: 'loan',
    beneficiary_id: 1,
    recipient_partner_id: null,
    referring_partner_id: 1,
    programme_id: 1,
    handed_on: '2026-11-01',
    due_on: '2027-06-30',
    terms: '{}',
    created_by: 1,
    created_at: 'now',
    ...columns,
  };
  const names = Object.keys(row);
  db.prepare(`INSERT INTO handovers (${names.join(', ')}) VALUES (${names.map((name) => `@${name}`).join(', ')})`).run(
    row,
  );
};

describe('0003 lending', () => {
  it('creates the lending tables', () => {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'partners',
        'programmes',
        'programme_targets',
        'beneficiaries',
        'sim_cards',
        'sim_top_ups',
        'handovers',
        'handover_items',
        'returns',
      ]),
    );
  });

  it('lets the database refuse what the rules refuse', () => {
    seed();
    expect(() => handover(1, { due_on: null })).toThrow(/CHECK/);
    expect(() => handover(2, { due_on: '2026-11-01' })).toThrow(/CHECK/);
    expect(() => handover(3, { kind: 'donation' })).toThrow(/CHECK/);
    expect(() => handover(4, { recipient_partner_id: 1 })).toThrow(/CHECK/);
    expect(() => handover(5, { kind: 'gift' })).toThrow(/CHECK/);
    handover(6, {});
    handover(7, {});
    // Item rows only: the device they point at does not matter here.
    db.pragma('foreign_keys = OFF');
    db.exec('INSERT INTO handover_items (handover_id, device_id) VALUES (6, 1)');
    // The same device cannot be out twice.
    expect(() => db.exec('INSERT INTO handover_items (handover_id, device_id) VALUES (7, 1)')).toThrow(/UNIQUE/);
    expect(() => db.exec('INSERT INTO handover_items (handover_id, device_id, sim_id) VALUES (7, 1, 1)')).toThrow(
      /CHECK/,
    );
    // Phone numbers are stored in E.164 only.
    const nationalNumber = `INSERT INTO sim_cards (iccid, phone_number, operator, plan_name, status, received_on, created_at, updated_at)
      VALUES ('89', '0612345678', 'O', 'P', 'in_stock', 'x', 'x', 'x')`;
    expect(() => db.exec(nationalNumber)).toThrow(/CHECK/);
    // Once anonymised, the identifying fields stay empty.
    db.exec("UPDATE beneficiaries SET anonymised_at = 'now' WHERE id = 1");
    expect(() => db.exec("UPDATE beneficiaries SET last_name = 'Back' WHERE id = 1")).toThrow(/CHECK/);
  });

  it('answers the follow-up queries through their indexes', () => {
    expect(
      plan(
        "SELECT id FROM handovers h WHERE h.closed_on IS NULL AND h.kind = 'loan' AND h.due_on <= '2026-11-19' ORDER BY h.due_on",
      ),
    ).toContain('handovers_open_due');
    expect(plan('SELECT id FROM handover_items WHERE device_id = 1 AND return_id IS NULL')).toContain(
      'handover_items_device_out',
    );
    expect(
      plan("SELECT id FROM sim_cards s WHERE s.expires_on IS NOT NULL AND s.expires_on <= '2026-12-01'"),
    ).toContain('sim_cards_expiry');
    expect(plan('SELECT id FROM handovers WHERE beneficiary_id = 1')).toContain('handovers_beneficiary');
  });
});
