import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_STATES } from '../../../shared/domain/lifecycle';
import { fileHarness, type Harness } from '../../helpers/api';
import { laptop, setUpWorkshop, tablet, type Workshop } from '../../helpers/workshop';

let h: Harness;
let w: Workshop;
let serial = 0;
const nextSerial = () => {
  serial += 1;
  return serial;
};

beforeAll(() => {
  h = fileHarness();
  w = setUpWorkshop(h);
});
afterAll(() => h.close());

const recount = () =>
  h.store.db
    .prepare('SELECT status, kind, count(*) AS count FROM devices GROUP BY status, kind ORDER BY status, kind')
    .all();
const kept = () => h.store.db.prepare('SELECT status, kind, count FROM device_counts ORDER BY status, kind').all();
const deviceIds = () => h.store.db.prepare('SELECT id FROM devices ORDER BY id').pluck().all() as number[];
const pick = (ids: number[], at: number) => ids[at % Math.max(1, ids.length)];

/** What happens to devices: intake and actions through the API, and raw changes the triggers must follow too. */
const operation = fc.oneof(
  fc.record({ type: fc.constant('register' as const), laptops: fc.nat(3), tablets: fc.nat(2) }),
  fc.record({
    type: fc.constant('action' as const),
    at: fc.nat(),
    action: fc.constantFrom('queue_erasure', 'report_lost', 'recover', 'send_to_recycling' as const),
  }),
  fc.record({ type: fc.constant('status' as const), at: fc.nat(), status: fc.constantFrom(...DEVICE_STATES) }),
  fc.record({
    type: fc.constant('kind' as const),
    at: fc.nat(),
    kind: fc.constantFrom('laptop', 'desktop', 'tablet', 'phone', 'other'),
  }),
  fc.record({ type: fc.constant('delete' as const), at: fc.nat() }),
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

function apply(op: Operation): void {
  const db = h.store.db;
  const id = pick(deviceIds(), 'at' in op ? op.at : 0);
  switch (op.type) {
    case 'register': {
      const devices = [
        ...Array.from({ length: op.laptops }, () => laptop(`CNT-${nextSerial()}`)),
        ...Array.from({ length: op.tablets }, () => tablet(`TAB-${nextSerial()}`)),
      ];
      if (devices.length > 0) h.call(w.tech, 'devices.registerMany', { batchId: w.batchId, devices });
      return;
    }
    case 'action':
      // Refused when the lifecycle does not allow it from the device's state: then nothing changes, which counts too.
      if (id !== undefined) h.api.call('devices.applyAction', { deviceIds: [id], action: op.action }, w.admin);
      return;
    case 'status':
      if (id !== undefined) db.prepare('UPDATE devices SET status = ? WHERE id = ?').run(op.status, id);
      return;
    case 'kind':
      if (id !== undefined) db.prepare('UPDATE devices SET kind = ? WHERE id = ?').run(op.kind, id);
      return;
    case 'delete':
      if (id === undefined) return;
      db.transaction(() => {
        db.pragma('defer_foreign_keys = ON');
        for (const table of ['drives', 'device_cycles']) {
          if (db.prepare('SELECT 1 FROM sqlite_schema WHERE name = ?').get(table))
            db.prepare(`DELETE FROM ${table} WHERE device_id = ?`).run(id);
        }
        db.prepare('DELETE FROM devices WHERE id = ?').run(id);
      })();
  }
}

describe('the counts of devices by status and kind', () => {
  it('always equal a recount of the devices, whatever happened to them', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 15 }), (operations) => {
        for (const op of operations) {
          apply(op);
          expect(kept()).toEqual(recount());
        }
      }),
      { numRuns: 40 },
    );
    expect(deviceIds().length).toBeGreaterThan(0);
  });

  it('are what the dashboard shows, every status named, none counted twice', () => {
    const counts = h.call(w.admin, 'inventory.countsByStatus', {});
    expect(Object.keys(counts).sort()).toEqual([...DEVICE_STATES].sort());
    const byStatus = h.store.db.prepare('SELECT status, count(*) AS count FROM devices GROUP BY status').all() as {
      status: string;
      count: number;
    }[];
    for (const state of DEVICE_STATES)
      expect(counts[state], state).toBe(byStatus.find((row) => row.status === state)?.count ?? 0);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(deviceIds().length);
  });
});
