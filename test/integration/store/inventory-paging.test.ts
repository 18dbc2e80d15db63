import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceSummary, InventoryPage, SortColumn } from '../../../shared/contract/inventory';
import { seedDemo } from '../../../main/demo/seed';
import type { Filter } from '../../../main/store/repositories/inventory';
import { newSession, memoryHarness, type Harness } from '../../helpers/api';

let h: Harness;
let all: DeviceSummary[];
const session = newSession();

beforeAll(() => {
  h = memoryHarness();
  seedDemo(h.store, { devices: 2600, seed: 7 });
  h.call(session, 'session.signIn', { operatorId: 1 });
  all = h.store.db
    .prepare(`SELECT d.id, d.asset_tag AS assetTag, d.kind, d.status, d.make, d.model, d.grade, d.received_on AS receivedOn,
    d.updated_at AS updatedAt, d.site_id AS siteId, d.batch_id AS batchId FROM devices d`)
    .all() as DeviceSummary[];
}, 60_000);
afterAll(() => h.close());

const KEY: Record<SortColumn, (row: DeviceSummary) => string> = {
  assetTag: (r) => r.assetTag,
  kind: (r) => r.kind,
  status: (r) => r.status,
  make: (r) => r.make,
  model: (r) => r.model,
  grade: (r) => r.grade ?? '',
  receivedOn: (r) => r.receivedOn,
  updatedAt: (r) => r.updatedAt,
};

function expected(filter: Partial<Filter>, column: SortColumn, direction: 'asc' | 'desc'): number[] {
  const sign = direction === 'asc' ? 1 : -1;
  return all
    .filter((r) => !filter.statuses?.length || filter.statuses.includes(r.status))
    .filter((r) => !filter.kinds?.length || filter.kinds.includes(r.kind))
    .filter((r) => !filter.grades?.length || filter.grades.includes((r.grade ?? '') as 'A'))
    .sort((a, b) => {
      const x = KEY[column](a);
      const y = KEY[column](b);
      // SQLite compares text by bytes (BINARY); compare the same way.
      const byValue = x === y ? 0 : Buffer.compare(Buffer.from(x), Buffer.from(y));
      return sign * (byValue !== 0 ? byValue : a.id - b.id);
    })
    .map((r) => r.id);
}

function walk(filter: Partial<Filter>, column: SortColumn, direction: 'asc' | 'desc', limit: number): number[] {
  const ids: number[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 1000; guard += 1) {
    const page: InventoryPage = h.call(session, 'inventory.list', {
      filter,
      sort: { column, direction },
      limit,
      cursor,
    });
    ids.push(...page.rows.map((row) => row.id));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
  throw new Error('paging did not end');
}

describe('inventory keyset paging', () => {
  const cases: [string, Partial<Filter>, SortColumn, 'asc' | 'desc'][] = [
    ['no filter by tag', {}, 'assetTag', 'asc'],
    ['broad filter by last change', { statuses: ['ready', 'recycled'] }, 'updatedAt', 'desc'],
    ['broad filter on another column', { kinds: ['laptop'] }, 'make', 'asc'],
    ['narrow filter sorted elsewhere', { statuses: ['quarantined'] }, 'model', 'desc'],
    ['two narrow filters', { statuses: ['ready'], grades: ['C'] }, 'receivedOn', 'asc'],
    ['sort by status', {}, 'status', 'desc'],
  ];
  for (const [name, filter, column, direction] of cases) {
    it(`returns every matching device exactly once, in order: ${name}`, () => {
      const want = expected(filter, column, direction);
      expect(want.length).toBeGreaterThan(0);
      expect(walk(filter, column, direction, 97)).toEqual(want);
    });
  }

  it('counts what it lists', () => {
    const filter = { kinds: ['tablet' as const], statuses: ['ready' as const] };
    expect(h.call(session, 'inventory.count', { filter }).total).toBe(expected(filter, 'assetTag', 'asc').length);
  });

  it('refuses a forged cursor with a translated message', () => {
    expect(h.refuse(session, 'inventory.list', { cursor: 'not-a-cursor' })).toMatchObject({
      code: 'invalid_input',
      field: 'cursor',
    });
  });
});

describe('the search box', () => {
  it('jumps on an exact tag, serial or IMEI and finds fragments', () => {
    const phone = all.find((r) => r.kind === 'phone');
    if (!phone) throw new Error('no phone in the demo');
    const detail = h.call(session, 'devices.get', { id: phone.id });
    for (const query of [
      detail.assetTag,
      detail.serial.toLowerCase(),
      detail.imeis[0] ?? '',
      ` ${detail.imeis[0]?.slice(0, 8)} ${detail.imeis[0]?.slice(8)} `,
    ]) {
      expect(h.call(session, 'inventory.search', { query }).exact?.id, query).toBe(phone.id);
    }
    const fragment = detail.serial.slice(3, 8);
    const found = h.call(session, 'inventory.search', { query: fragment, limit: 100 });
    expect(found.rows.map((row) => row.id)).toContain(phone.id);
    expect(
      found.rows.every(
        (row) => row.serial.includes(fragment) || row.assetTag.includes(fragment) || row.imei.includes(fragment),
      ),
    ).toBe(true);
    expect(h.call(session, 'inventory.search', { query: 'RB-0' }).rows.length).toBe(20);
  });
});
