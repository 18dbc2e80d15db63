import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRebondApi, newSession, type Api, type ApiSession } from '../../main/api';
import { DemoDevices } from '../../main/demo/catalogue';
import { Random } from '../../main/demo/random';
import { seedDemo } from '../../main/demo/seed';
import { markerPath } from '../../main/store/clean-shutdown';
import { SCHEMA_VERSION } from '../../main/store/migrations';
import { openStore, type Store } from '../../main/store/store';
import { createBatch, createDonor, registerDevices } from '../../main/services/intake';
import { actorFor, createOperator, setUp } from '../../main/services/people';

export interface Bench {
  store: Store;
  api: Api;
  session: ApiSession;
  batchId: number;
  close: () => void;
}

export function scratchDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'rebond-bench-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A fresh file database with a site, an admin, a technician signed in and an open batch. */
export function freshBench(dir: string, name: string): Bench {
  const store = openStore(join(dir, `${name}.sqlite`));
  const admin = setUp(store, { siteName: 'Atelier', operatorName: 'Admin', organisation: null });
  const actor = actorFor(store, admin.id);
  const tech = createOperator(store, actor, { name: 'Tech', roles: ['technician'] });
  const donor = createDonor(store, actor, { name: 'Donateur', kind: 'company', contact: null });
  const site = store.people.listSites()[0];
  if (!site) throw new Error('no site');
  const batch = createBatch(store, actor, {
    donorId: donor.id,
    siteId: site.id,
    receivedOn: '2026-11-02',
    expectedCount: null,
    notes: null,
  });
  const api = createRebondApi(store);
  const session = newSession();
  api.call('session.signIn', { operatorId: tech.id }, session);
  return { store, api, session, batchId: batch.id, close: () => store.close() };
}

const CACHE = join(process.cwd(), 'node_modules', '.cache', 'rebond-bench');

/**
 * A demo warehouse of `devices` devices, seeded through the services once and kept under node_modules/.cache
 * (keyed by size and schema version), because seeding 100 000 devices takes a minute or two.
 */
export function demoWarehouse(devices: number, log: (line: string) => void): Store {
  const path = join(CACHE, `demo-${devices}-v${SCHEMA_VERSION}.sqlite`);
  if (!existsSync(path)) {
    mkdirSync(CACHE, { recursive: true });
    log(`seeding ${devices} demo devices (cached afterwards in ${CACHE})…`);
    const partial = `${path}.partial`;
    rmSync(partial, { force: true });
    const store = openStore(partial);
    seedDemo(store, { devices });
    store.db.exec('ANALYZE');
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    renameSync(partial, path);
    rmSync(markerPath(partial), { force: true }); // named for the partial file: the next open checks in full once
  }
  return openStore(path);
}

/** How many devices one intake transaction takes when the large warehouse is built. */
const INTAKE_CHUNK = 50_000;
/** The part of the large warehouse that went through the whole lifecycle (the cached demo); the rest is intake. */
const DEMO_PART = 100_000;

/**
 * Registers `count` more devices through the intake service (`registerDevices`: the identifier rules, duplicate
 * checks, events, drives, search index and counters of `devices.registerMany`, without the contract's validation
 * of a 50 000-item call, which the generator's `deviceSpecInput.parse` already did), in transactions of 50 000 into
 * batches of that size. For the build only, the connection does not wait for the disk at each commit
 * (`synchronous=OFF`) and keeps a 512 MB page cache: a crash mid-build leaves a `.partial` file that is thrown away.
 * Returns the devices registered per second.
 */
export function registerInChunks(store: Store, count: number, log: (line: string) => void): number {
  const admin = store.people.listOperators().find((operator) => operator.roles.includes('admin'));
  const site = store.people.listSites()[0];
  if (!admin || !site) throw new Error('the warehouse has no administrator or site');
  const actor = actorFor(store, admin.id);
  const donor = createDonor(store, actor, { name: 'Collecte régionale', kind: 'public_body', contact: null });
  const generator = new DemoDevices(new Random(1_000_000));
  const synchronous = store.db.pragma('synchronous', { simple: true });
  const cacheSize = store.db.pragma('cache_size', { simple: true });
  store.db.pragma('synchronous = OFF');
  store.db.pragma('cache_size = -524288');
  const start = performance.now();
  try {
    for (let done = 0; done < count; done += INTAKE_CHUNK) {
      const size = Math.min(INTAKE_CHUNK, count - done);
      const batch = createBatch(store, actor, {
        donorId: donor.id,
        siteId: site.id,
        receivedOn: '2026-11-16',
        expectedCount: null,
        notes: null,
      });
      // Serials made unique so that no chunk is refused whole as a duplicate; the rest is the demo's catalogue.
      const devices = Array.from({ length: size }, (_, index) => ({
        ...generator.next(),
        serial: `BULK${done + index}`,
        imeis: [],
      }));
      registerDevices(store, actor, batch.id, devices);
      const rate = Math.round((done + size) / ((performance.now() - start) / 1000));
      log(`  ${done + size} of ${count} registered (${rate} devices/s)`);
    }
  } finally {
    store.db.pragma(`synchronous = ${Number(synchronous)}`);
    store.db.pragma(`cache_size = ${Number(cacheSize)}`);
  }
  return count / ((performance.now() - start) / 1000);
}

/**
 * A warehouse of `devices` devices (1 000 000 for the start-up and counts figures): the 100 000-device demo,
 * then the rest registered through the bulk intake (`registerInChunks`), cached like the demo. Building 1 000 000
 * this way takes the demo's time plus 900 000 devices at the intake rate (see the README).
 */
export function largeWarehouse(devices: number, log: (line: string) => void): string {
  if (devices <= DEMO_PART) {
    const store = demoWarehouse(devices, log);
    const path = store.db.name;
    store.close();
    return path;
  }
  const path = join(CACHE, `large-${devices}-v${SCHEMA_VERSION}.sqlite`);
  if (existsSync(path)) return path;
  const demo = demoWarehouse(DEMO_PART, log);
  const demoPath = demo.db.name;
  demo.close();
  const partial = `${path}.partial`;
  copyFileSync(demoPath, partial);
  log(`registering ${devices - DEMO_PART} more devices in chunks of ${INTAKE_CHUNK} (cached afterwards in ${CACHE})…`);
  const store = openStore(partial);
  const rate = registerInChunks(store, devices - DEMO_PART, log);
  log(`  ${Math.round(rate)} devices/s`);
  store.db.exec('ANALYZE');
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.close();
  renameSync(partial, path);
  rmSync(markerPath(partial), { force: true });
  return path;
}
