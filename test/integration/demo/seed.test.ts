import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../main/demo/seed';
import { memoryHarness } from '../../helpers/api';

/** Devices out on loan or as gifts, and the ready stock they were taken from (none of them comes back ready). */
function lending(options: { devicesLent?: number }) {
  const h = memoryHarness();
  try {
    const summary = seedDemo(h.store, { devices: 900, seed: 3, ...options });
    const count = (sql: string) => h.store.db.prepare(sql).pluck().get() as number;
    const lent = count('SELECT COUNT(*) FROM handover_items WHERE device_id IS NOT NULL');
    const readyBefore = count("SELECT COUNT(*) FROM devices WHERE status = 'ready'") + lent;
    const people = count('SELECT COUNT(DISTINCT beneficiary_id) FROM handovers WHERE beneficiary_id IS NOT NULL');
    return { summary, lent, readyBefore, people };
  } finally {
    h.close();
  }
}

describe('demo lending', () => {
  it('lends 40 devices by default and as many as asked for, never more than a third of the ready stock', () => {
    const byDefault = lending({});
    expect(byDefault.lent).toBe(Math.min(40, Math.floor(byDefault.readyBefore / 3)));

    const more = lending({ devicesLent: 120 });
    expect(more.lent).toBe(Math.min(120, Math.floor(more.readyBefore / 3)));
    expect(more.lent).toBeGreaterThan(byDefault.lent * 2);
    // One person per handover at the counter, besides the set lent to an institution.
    expect(more.people).toBe(more.summary.lending.beneficiaries);
    expect(more.summary.lending.handovers).toBe(more.people + 1);
  });
});
