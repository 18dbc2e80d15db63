/**
 * A drive taken out of a device (`devices.removeDrive`): a drive whose health check failed, replaced by a healthy
 * one, no longer holds the device back from "ready"; removal alone too; the change writes its event, is gated by
 * role and state, and a refusal leaves nothing behind.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorFor } from '../../../main/services/people';
import { commitImport } from '../../../main/services/imports/run';
import { memoryHarness, newSession, type Harness } from '../../helpers/api';
import { sampleFile } from '../../helpers/samples';
import { laptop, setUpWorkshop, type Workshop } from '../../helpers/workshop';

let h: Harness;
let w: Workshop;

beforeEach(() => {
  h = memoryHarness();
  w = setUpWorkshop(h);
});
afterEach(() => h.close());

const count = (sql: string) => h.store.db.prepare(sql).pluck().get() as number;

/** A laptop whose NVMe drive failed its health check (the shared smartctl sample, imported). */
async function deviceWithFailingDrive() {
  const { device } = h.call(w.tech, 'devices.register', {
    batchId: w.batchId,
    device: laptop('PC-0004', { drives: [{ serial: 'S466NX0M776250H', type: 'nvme', capacityGb: 500 }] }),
  });
  await commitImport(h.store, actorFor(h.store, w.ids.tech), {
    batchId: w.batchId,
    files: [sampleFile('smartctl/smart-nvme-failed.json')],
  });
  const detail = h.call(w.tech, 'devices.get', { id: device.id });
  expect(detail.facts.failingDrives).toBe(1);
  expect(detail.drives).toEqual([expect.objectContaining({ serial: 'S466NX0M776250H', healthFailed: true })]);
  return { deviceId: device.id, assetTag: device.assetTag, driveId: detail.drives[0]?.id ?? 0 };
}

function erasedAndChecked(deviceId: number, driveId: number) {
  const erasure = h.call(w.tech, 'erasure.record', {
    deviceId,
    driveId,
    level: 'purge',
    technique: 'nvme_sanitize',
    tool: 'nvme-cli',
    startedAt: '2026-11-03T09:00:00Z',
    endedAt: '2026-11-03T09:10:00Z',
    result: 'success',
    verification: 'full',
  });
  h.call(w.dso, 'erasure.verify', { erasureId: erasure.erasure.id });
  h.call(w.tech, 'refurbishment.record', { deviceId, outcome: 'refurbished', grade: 'A', functional: 'working' });
  h.call(w.tech, 'refurbishment.qualityCheck', { deviceId, passed: true });
}

describe('replacing a drive whose health check failed', () => {
  it('fits the new drive, keeps the old one as taken out, and lets the device become ready once the new one is erased', async () => {
    const { deviceId, driveId } = await deviceWithFailingDrive();
    const detail = h.call(w.tech, 'devices.removeDrive', {
      deviceId,
      driveId,
      note: 'Mis de côté pour destruction',
      replacement: { serial: 'new-ssd-1', type: 'ssd', capacityGb: 256 },
    });
    expect(detail.facts.failingDrives).toBe(0);
    expect(detail.drives).toEqual([
      expect.objectContaining({ serial: 'NEW-SSD-1', type: 'ssd', healthFailed: false, erasure: 'none' }),
    ]);
    expect(detail.removedDrives).toEqual([
      expect.objectContaining({
        id: driveId,
        serial: 'S466NX0M776250H',
        reason: 'replaced',
        replacementDriveId: detail.drives[0]?.id,
        note: 'Mis de côté pour destruction',
        removedByName: 'Théo Technicien',
      }),
    ]);
    const types = detail.history.map((event) => event.type);
    expect(types).toContain('drive.replaced');
    expect(types.filter((type) => type === 'drive.added')).toHaveLength(2);
    const replaced = detail.history.find((event) => event.type === 'drive.replaced');
    expect(replaced?.payload).toMatchObject({ driveId, serial: 'S466NX0M776250H', replacementSerial: 'NEW-SSD-1' });

    erasedAndChecked(deviceId, detail.drives[0]?.id ?? 0);
    // The quality check passed with every guard met (drives_healthy included) puts the device in stock as ready.
    expect(h.call(w.tech, 'devices.get', { id: deviceId }).status).toBe('ready');
  });

  it('the failed drive, only removed, stops counting too; erasures can no longer be recorded on it', async () => {
    const { deviceId, driveId } = await deviceWithFailingDrive();
    const detail = h.call(w.dso, 'devices.removeDrive', { deviceId, driveId, note: 'Rendu au donateur' });
    expect(detail.facts.failingDrives).toBe(0);
    expect(detail.drives).toEqual([]);
    expect(detail.removedDrives).toEqual([expect.objectContaining({ reason: 'removed', replacementDriveId: null })]);
    expect(detail.history.find((event) => event.type === 'drive.removed')).toMatchObject({
      payload: { driveId, note: 'Rendu au donateur' },
    });
    const refused = h.refuse(w.tech, 'erasure.record', {
      deviceId,
      driveId,
      level: 'purge',
      technique: 'nvme_sanitize',
      tool: 'nvme-cli',
      startedAt: '2026-11-03T09:00:00Z',
      endedAt: '2026-11-03T09:10:00Z',
      result: 'success',
      verification: 'full',
    });
    expect(refused.field).toBe('driveId');
  });
});

describe('what is refused, leaving nothing behind', () => {
  it('a role that does not work on media, a missing note, a drive of another device, a drive taken out twice', async () => {
    const { deviceId, driveId, assetTag } = await deviceWithFailingDrive();
    const coordinatorId = h.call(w.admin, 'operators.create', {
      name: 'Chloé Coordination',
      roles: ['coordinator'],
    }).id;
    const coordinator = newSession();
    h.call(coordinator, 'session.signIn', { operatorId: coordinatorId });
    const events = count('SELECT count(*) FROM events');
    expect(h.refuse(coordinator, 'devices.removeDrive', { deviceId, driveId, note: 'x' }).code).toBe('forbidden_role');
    const noNote = h.refuse(w.tech, 'devices.removeDrive', { deviceId, driveId, note: '  ' });
    expect(noNote).toMatchObject({ code: 'invalid_input', field: 'note' });
    const other = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: laptop('PC-0005', { drives: [{ serial: 'OTHER-DRIVE', type: 'hdd', capacityGb: 500 }] }),
    });
    const otherDrive = h.call(w.tech, 'devices.get', { id: other.device.id }).drives[0]?.id ?? 0;
    expect(h.refuse(w.tech, 'devices.removeDrive', { deviceId, driveId: otherDrive, note: 'x' })).toMatchObject({
      code: 'drive_not_in_device',
      field: 'driveId',
    });
    expect(count('SELECT count(*) FROM events')).toBe(events + 2); // the other device's registration and drive
    h.call(w.tech, 'devices.removeDrive', { deviceId, driveId, note: 'Détruit' });
    const twice = h.refuse(w.tech, 'devices.removeDrive', { deviceId, driveId, note: 'Détruit' });
    expect(twice).toMatchObject({ code: 'drive_already_removed' });
    expect(twice.message).toContain(assetTag);
  });

  it('a replacement whose serial is in another device refuses the whole change: the old drive stays in', async () => {
    const { deviceId, driveId } = await deviceWithFailingDrive();
    h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: laptop('PC-0006', { drives: [{ serial: 'TAKEN-1', type: 'ssd', capacityGb: 256 }] }),
    });
    const before = { events: count('SELECT count(*) FROM events'), drives: count('SELECT count(*) FROM drives') };
    const refused = h.refuse(w.tech, 'devices.removeDrive', {
      deviceId,
      driveId,
      note: 'x',
      replacement: { serial: 'TAKEN-1', type: 'ssd', capacityGb: 256 },
    });
    expect(refused).toMatchObject({ code: 'duplicate_drive_serial', field: 'replacement.serial' });
    expect({ events: count('SELECT count(*) FROM events'), drives: count('SELECT count(*) FROM drives') }).toEqual(
      before,
    );
    expect(count('SELECT count(*) FROM drive_removals')).toBe(0);
    expect(h.call(w.tech, 'devices.get', { id: deviceId }).facts.failingDrives).toBe(1);
  });

  it('the drives of a device no longer on the bench (voided) do not change', () => {
    const { device } = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: laptop('PC-0007', { drives: [{ serial: 'GOOD-1', type: 'ssd', capacityGb: 256 }] }),
    });
    const drive = h.call(w.tech, 'devices.get', { id: device.id }).drives[0]?.id ?? 0;
    h.call(w.admin, 'devices.void', { id: device.id, reason: 'Scan en double' });
    const refused = h.refuse(w.tech, 'devices.removeDrive', { deviceId: device.id, driveId: drive, note: 'x' });
    expect(refused).toMatchObject({ code: 'drive_change_not_allowed_in_state' });
    expect(count('SELECT count(*) FROM drive_removals')).toBe(0);
  });
});
