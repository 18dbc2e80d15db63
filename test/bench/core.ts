import type { BulkRegistration, DeviceSpec } from '../../shared/contract/intake';
import type { SortColumn } from '../../shared/contract/inventory';
import { normaliseMake, normaliseSerial } from '../../shared/domain/identifiers';
import { DemoDevices } from '../../main/demo/catalogue';
import { Random } from '../../main/demo/random';
import type { Store } from '../../main/store/store';
import { freshBench, scratchDir } from './fixtures';
import { atLeast, atMost, median, percentile, time, type Figure } from './measure';

function specs(count: number, seed: number): DeviceSpec[] {
  const generator = new DemoDevices(new Random(seed));
  return Array.from({ length: count }, () => generator.next());
}

/** The same rows the service writes (devices and drives), inserted with plain prepared statements. */
function rawInsert(store: Store, batchId: number, devices: DeviceSpec[]): void {
  const insertDevice = store.db.prepare(
    `INSERT INTO devices (asset_tag, kind, status, serial, imei, imei2, make, make_key, model, cpu, ram_gb, storage_summary,
       screen_inches, os, battery_health, accessories, location, notes, batch_id, site_id, received_on, created_at, updated_at)
     VALUES (?, ?, 'received', ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, '2026-11-02', ?, ?)`,
  );
  const insertDrive = store.db.prepare(
    'INSERT INTO drives (device_id, serial, type, capacity_gb, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  store.db
    .transaction(() => {
      const now = new Date().toISOString();
      devices.forEach((d, index) => {
        const id = insertDevice.run(
          `RB-${String(index + 1).padStart(6, '0')}`,
          d.kind,
          normaliseSerial(d.serial),
          d.imeis[0] ?? '',
          d.make,
          normaliseMake(d.make),
          d.model,
          d.cpu,
          d.ramGb,
          d.storageSummary,
          d.screenInches,
          d.os,
          d.batteryHealth,
          d.accessories,
          d.location,
          d.notes,
          batchId,
          now,
          now,
        ).lastInsertRowid;
        for (const drive of d.drives)
          insertDrive.run(id, normaliseSerial(drive.serial), drive.type, drive.capacityGb, now);
      });
    })
    .immediate();
}

/** Bulk intake through the API (validation, identifier rules, duplicate checks, events) against raw inserts. */
export function intakeRatio(rounds = 3): Figure {
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const dir = scratchDir();
    try {
      const devices = specs(10_000, 100 + round);
      const raw = freshBench(dir.path, 'raw');
      const rawMs = time(() => rawInsert(raw.store, raw.batchId, devices));
      raw.close();
      const app = freshBench(dir.path, 'app');
      let ok = false;
      const appMs = time(() => {
        ok = app.api.call('devices.registerMany', { batchId: app.batchId, devices }, app.session).ok;
      });
      app.close();
      if (!ok) throw new Error('bulk intake was refused');
      ratios.push(rawMs / appMs);
    } finally {
      dir.remove();
    }
  }
  return atLeast(
    'intake_ratio',
    median(ratios),
    'ratio',
    0.5,
    'raw insert time / API bulk intake time, 10 000 devices, median of 3',
  );
}

/** One lifecycle action on one device through the API, each its own durable transaction. */
export function transitionMs(actions = 2000): Figure {
  const dir = scratchDir();
  try {
    const bench = freshBench(dir.path, 'transition');
    const registered = bench.api.call(
      'devices.registerMany',
      { batchId: bench.batchId, devices: specs(200, 7) },
      bench.session,
    );
    if (!registered.ok) throw new Error(registered.error.message);
    const ids = (registered.value as BulkRegistration).devices.map((device) => device.id);
    const samples: number[] = [];
    for (let i = 0; i < actions; i += 1) {
      const id = ids[i % ids.length] ?? 0;
      const action = Math.floor(i / ids.length) % 2 === 0 ? 'report_lost' : 'recover';
      let ok = false;
      samples.push(
        time(() => {
          ok = bench.api.call('devices.applyAction', { deviceIds: [id], action }, bench.session).ok;
        }),
      );
      if (!ok) throw new Error(`${action} refused`);
    }
    bench.close();
    return atMost(
      'transition_ms',
      median(samples),
      'ms',
      1,
      `median of ${actions} single-device actions, synchronous=FULL`,
    );
  } finally {
    dir.remove();
  }
}

/** Search-box queries on the demo warehouse: exact tags, serial prefixes, IMEI and tag fragments. */
export function searchP95(
  store: Store,
  bench: { call: (method: 'inventory.search', input: { query: string }) => boolean },
): Figure {
  const sample = store.db
    .prepare('SELECT asset_tag AS tag, serial, imei FROM devices ORDER BY (id * 7919) % 100003 LIMIT 200')
    .all() as { tag: string; serial: string; imei: string }[];
  const queries = sample.flatMap((row, index) => [
    row.tag,
    row.serial.slice(0, 4),
    row.serial.slice(2, 7),
    row.tag.slice(-4),
    index % 3 === 0 && row.imei ? row.imei.slice(5, 11) : row.serial,
  ]);
  const samples = queries.map((query) =>
    time(() => {
      if (!bench.call('inventory.search', { query })) throw new Error(`search refused: ${query}`);
    }),
  );
  return atMost(
    'search_p95_ms',
    percentile(samples, 95),
    'ms',
    10,
    `p95 of ${queries.length} searches (tags, serial prefixes and fragments, IMEI fragments)`,
  );
}

const PAGES: {
  statuses: string[];
  kinds: string[];
  grades: string[];
  column: SortColumn;
  direction: 'asc' | 'desc';
}[] = [
  { statuses: ['ready'], kinds: [], grades: [], column: 'updatedAt', direction: 'desc' },
  { statuses: [], kinds: ['laptop'], grades: [], column: 'assetTag', direction: 'asc' },
  { statuses: ['ready'], kinds: [], grades: ['B'], column: 'make', direction: 'asc' },
  { statuses: ['awaiting_erasure', 'quarantined'], kinds: [], grades: [], column: 'receivedOn', direction: 'desc' },
  { statuses: [], kinds: ['phone', 'tablet'], grades: [], column: 'model', direction: 'desc' },
  { statuses: [], kinds: [], grades: [], column: 'status', direction: 'asc' },
  { statuses: ['lost_stolen'], kinds: [], grades: [], column: 'model', direction: 'asc' },
  { statuses: ['quarantined'], kinds: ['phone'], grades: [], column: 'updatedAt', direction: 'desc' },
];

/** The first page of 100 rows for several filter and sort combinations; the slowest combination's median. */
export function listPageMs(bench: { call: (method: 'inventory.list', input: object) => boolean }): Figure {
  const medians = PAGES.map((page) => {
    const samples = Array.from({ length: 40 }, () =>
      time(() => {
        const input = {
          filter: { statuses: page.statuses, kinds: page.kinds, grades: page.grades },
          sort: { column: page.column, direction: page.direction },
          limit: 100,
        };
        if (!bench.call('inventory.list', input)) throw new Error('list refused');
      }),
    );
    return median(samples);
  });
  return atMost(
    'list_page_ms',
    Math.max(...medians),
    'ms',
    15,
    `slowest of ${PAGES.length} filter/sort combinations (median of 40 each), 100 rows`,
  );
}
