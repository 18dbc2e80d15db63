import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRebondApi, newSession, type Api, type ApiSession } from '../../main/api';
import { seedDemo } from '../../main/demo/seed';
import { SCHEMA_VERSION } from '../../main/store/migrations';
import { openStore, type Store } from '../../main/store/store';
import { createBatch, createDonor } from '../../main/services/intake';
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
  const batch = createBatch(store, actor, { donorId: donor.id, siteId: site.id, receivedOn: '2026-11-02', expectedCount: null, notes: null });
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
  }
  return openStore(path);
}
