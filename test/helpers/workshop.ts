import type { Harness, ApiSession } from './api';
import { newSession } from './api';
import type { DeviceSpecInput } from '../../shared/contract/intake';
import { localDay } from '../../shared/domain/lending';

/** A small workshop: one site, an admin, two data-security officers, a technician, a donor and an open batch. */
export interface Workshop {
  admin: ApiSession;
  dso: ApiSession;
  dso2: ApiSession;
  tech: ApiSession;
  siteId: number;
  donorId: number;
  batchId: number;
  ids: { admin: number; dso: number; dso2: number; tech: number };
}

export function setUpWorkshop(h: Harness): Workshop {
  const admin = newSession();
  h.call(admin, 'session.setup', {
    siteName: 'Atelier de Lyon',
    operatorName: 'Alice Admin',
    organisation: 'Rebond Lyon',
  });
  const adminId = h.call(admin, 'session.state', {}).operator?.id ?? 0;
  const make = (name: string, roles: ('technician' | 'data_security_officer')[]) => {
    const operator = h.call(admin, 'operators.create', { name, roles });
    const session = newSession();
    h.call(session, 'session.signIn', { operatorId: operator.id });
    return { session, id: operator.id };
  };
  const dso = make('Damien Sécurité', ['data_security_officer', 'technician']);
  const dso2 = make('Dora Sécurité', ['data_security_officer']);
  const tech = make('Théo Technicien', ['technician']);
  // The tests name devices with short labels (A1, T1); this workshop allows them. The default rules (at least 4
  // characters) are tested in test/integration/api/scan-rules.test.ts, which puts them back.
  h.call(admin, 'scanRules.update', { serialMinLength: 1, serialMaxLength: 40, serialExtraCharacters: '-_./' });
  const siteId = h.call(admin, 'sites.list', {})[0]?.id ?? 0;
  const donorId = h.call(tech.session, 'donors.create', { name: 'Fondation Éclair', kind: 'foundation' }).id;
  // A reception date may not be in the future: a store whose clock is pinned earlier receives the batch that day.
  const today = localDay(h.store.clock());
  const batchId = h.call(tech.session, 'batches.create', {
    donorId,
    siteId,
    receivedOn: today < '2026-11-02' ? today : '2026-11-02',
    expectedCount: 10,
  }).id;
  return {
    admin,
    dso: dso.session,
    dso2: dso2.session,
    tech: tech.session,
    siteId,
    donorId,
    batchId,
    ids: { admin: adminId, dso: dso.id, dso2: dso2.id, tech: tech.id },
  };
}

export const laptop = (serial: string, extra: Partial<DeviceSpecInput> = {}): DeviceSpecInput => ({
  kind: 'laptop',
  serial,
  make: 'Dell',
  model: 'Latitude 7490',
  drives: [{ serial: `DRV-${serial}`, type: 'ssd', capacityGb: 256 }],
  ...extra,
});

export const tablet = (serial: string, imei = ''): DeviceSpecInput => ({
  kind: 'tablet',
  serial,
  imeis: imei ? [imei] : [],
  make: 'Samsung',
  model: 'Galaxy Tab A8',
});

/** The workshop erases on 3 November 2026 unless told another day (`YYYY-MM-DD`). */
const at = (minutes: number, day = '2026-11-03') =>
  new Date(Date.parse(`${day}T09:00:00Z`) + minutes * 60_000).toISOString();

export function eraseDrive(
  h: Harness,
  session: ApiSession,
  deviceId: number,
  driveId: number,
  result: 'success' | 'failed' = 'success',
  day?: string,
) {
  return h.call(session, 'erasure.record', {
    deviceId,
    driveId,
    level: 'purge',
    technique: 'ata_secure_erase',
    tool: 'nwipe',
    toolVersion: '0.37',
    startedAt: at(0, day),
    endedAt: at(42, day),
    result,
    verification: 'full',
  });
}

export function factoryReset(h: Harness, session: ApiSession, deviceId: number) {
  return h.call(session, 'erasure.record', {
    deviceId,
    level: 'purge',
    technique: 'factory_reset',
    tool: 'Android recovery',
    startedAt: at(0),
    endedAt: at(10),
    result: 'success',
    verification: 'full',
    checklist: [
      'encryption_enabled',
      'accounts_removed',
      'activation_lock_off',
      'mdm_removed',
      'sim_and_sd_removed',
      'reset_completed',
    ],
  });
}

/**
 * Takes a laptop from intake to ready: erased (on `erasedOn`, by default 3 November 2026), verified by a second
 * person, refurbished, graded, checked.
 */
export function makeReady(h: Harness, w: Workshop, serial: string, erasedOn?: string): number {
  const { device } = h.call(w.tech, 'devices.register', { batchId: w.batchId, device: laptop(serial) });
  const detail = h.call(w.tech, 'devices.get', { id: device.id });
  const erasure = eraseDrive(h, w.tech, device.id, detail.drives[0]?.id ?? 0, 'success', erasedOn);
  h.call(w.dso, 'erasure.verify', { erasureId: erasure.erasure.id });
  h.call(w.tech, 'refurbishment.record', {
    deviceId: device.id,
    outcome: 'refurbished',
    grade: 'A',
    functional: 'working',
  });
  h.call(w.tech, 'refurbishment.qualityCheck', { deviceId: device.id, passed: true });
  return device.id;
}
