import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiRefusal, memoryHarness, newSession, type Harness } from '../../helpers/api';
import { databaseFingerprint } from '../../helpers/snapshot';
import { laptop, makeReady, setUpWorkshop, tablet, type Workshop } from '../../helpers/workshop';

let h: Harness;
let w: Workshop;
beforeEach(() => {
  h = memoryHarness();
  w = setUpWorkshop(h);
});
afterEach(() => h.close());

describe('intake', () => {
  it('registers a device with a generated asset tag, its drive and its event', () => {
    const { device, warnings } = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: laptop(' 7xk2 lm3 ', { make: ' dell  ' }),
    });
    expect(warnings).toEqual([]);
    // The make is stored by the vendor's one name (shared/domain/vendors.ts).
    expect(device).toMatchObject({
      assetTag: 'RB-000001',
      serial: '7XK2LM3',
      make: 'Dell',
      status: 'received',
      kind: 'laptop',
    });
    const detail = h.call(w.tech, 'devices.get', { assetTag: 'rb-000001' });
    expect(detail.drives).toEqual([
      {
        id: expect.any(Number),
        serial: 'DRV-7XK2LM3',
        type: 'ssd',
        capacityGb: 256,
        erasure: 'none',
        healthFailed: false,
      },
    ]);
    // History comes newest first, as the device page shows it.
    expect(detail.history.map((event) => event.type)).toEqual(['drive.added', 'device.registered']);
    expect(detail.history[0]?.operator?.name).toBe('Théo Technicien');
  });

  it('uses the configured prefix and digits for new tags', () => {
    h.call(w.admin, 'settings.update', { assetTagPrefix: 'cd69', assetTagDigits: 5 });
    const { device } = h.call(w.tech, 'devices.register', { batchId: w.batchId, device: laptop('A1') });
    expect(device.assetTag).toBe('CD69-00001');
  });

  it('refuses a serial of the same make already in stock, naming the tag, and writes nothing', () => {
    h.call(w.tech, 'devices.register', { batchId: w.batchId, device: laptop('ABC123') });
    const before = databaseFingerprint(h.store);
    const error = h.refuse(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: laptop('abc 123', { make: 'DELL' }),
    });
    expect(error).toMatchObject({ code: 'duplicate_serial', field: 'device.serial' });
    expect(error.message).toBe(
      'Le numéro de série ABC123 (Dell) est déjà en stock sous l’étiquette RB-000001. Rien n’a été créé.',
    );
    expect(databaseFingerprint(h.store)).toBe(before);
  });

  it('accepts the same serial from another make', () => {
    h.call(w.tech, 'devices.register', { batchId: w.batchId, device: laptop('ABC123') });
    const { device } = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: laptop('ABC123', { make: 'HP', drives: [] }),
    });
    expect(device.assetTag).toBe('RB-000002');
  });

  it('lets a serial back in once its earlier device has left for good, with a warning', () => {
    const id = makeReady(h, w, 'BACK01');
    h.call(w.tech, 'devices.applyAction', { deviceIds: [id], action: 'send_to_recycling' });
    h.call(w.admin, 'recycling.record', { deviceIds: [id], recycler: 'Envie', pickupDate: '2026-11-10' });
    const { device, warnings } = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: laptop('BACK01', { drives: [] }),
    });
    expect(device.status).toBe('received');
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'serial_seen_before', message: expect.stringContaining('RB-000001') }),
    ]);
  });

  it('refuses a malformed IMEI naming the field, and warns on a doubtful check digit', () => {
    const error = h.refuse(w.tech, 'devices.register', { batchId: w.batchId, device: tablet('T1', '49015420323751') });
    expect(error).toMatchObject({ code: 'imei_invalid', field: 'device.imeis.0' });
    const { device, warnings } = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: tablet('T1', '490154203237519'),
    });
    expect(device.imei).toBe('490154203237519');
    expect(warnings.map((warning) => warning.code)).toEqual(['imei_checksum']);
  });

  it('refuses an IMEI already in stock', () => {
    h.call(w.tech, 'devices.register', { batchId: w.batchId, device: tablet('T1', '490154203237518') });
    const error = h.refuse(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: tablet('T2', '49015420 3237518'),
    });
    expect(error).toMatchObject({ code: 'duplicate_imei', field: 'device.imeis.0' });
  });

  it('requires a serial or an IMEI', () => {
    const error = h.refuse(w.tech, 'devices.register', { batchId: w.batchId, device: laptop('   ', { drives: [] }) });
    expect(error).toMatchObject({ code: 'identifier_required', field: 'device.serial' });
  });

  it('registers in bulk all or nothing, naming the bad line', () => {
    const before = databaseFingerprint(h.store);
    const devices = [laptop('B1'), laptop('B2'), laptop('B1', { drives: [] }), laptop('B4')];
    const error = h.refuse(w.tech, 'devices.registerMany', { batchId: w.batchId, devices });
    expect(error).toMatchObject({ code: 'duplicate_serial', field: 'devices.2.serial' });
    expect(databaseFingerprint(h.store)).toBe(before);
    const result = h.call(w.tech, 'devices.registerMany', {
      batchId: w.batchId,
      devices: [laptop('B1'), laptop('B2')],
    });
    expect(result.devices.map((device) => device.assetTag)).toEqual(['RB-000001', 'RB-000002']);
    expect(h.call(w.tech, 'batches.get', { id: w.batchId }).receivedCount).toBe(2);
  });

  it('refuses a drive serial already held by another device', () => {
    h.call(w.tech, 'devices.register', { batchId: w.batchId, device: laptop('L1') });
    const error = h.refuse(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: laptop('L2', { drives: [{ serial: 'drv-l1', type: 'hdd', capacityGb: 500 }] }),
    });
    expect(error).toMatchObject({ code: 'duplicate_drive_serial', field: 'device.drives.0.serial' });
  });

  it('numbers batches per year and closes them only when every device is proven erased, by a DSO', () => {
    const batch = h.call(w.tech, 'batches.get', { id: w.batchId });
    expect(batch.code).toBe('L2026-0001');
    const id = makeReady(h, w, 'C1');
    h.call(w.tech, 'devices.register', { batchId: w.batchId, device: laptop('C2') });
    expect(h.refuse(w.tech, 'batches.close', { id: w.batchId }).code).toBe('forbidden_role');
    const refused = h.refuse(w.dso, 'batches.close', { id: w.batchId });
    expect(refused).toMatchObject({ code: 'batch_not_sanitised', message: expect.stringContaining('1 appareil') });
    h.call(w.tech, 'devices.applyAction', { deviceIds: [id + 1], action: 'report_lost' });
    expect(h.call(w.dso, 'batches.close', { id: w.batchId }).closed).toBe(true);
    expect(h.refuse(w.tech, 'devices.register', { batchId: w.batchId, device: laptop('C3') }).code).toBe(
      'batch_closed',
    );
  });

  it('speaks the session language', () => {
    const english = newSession('en');
    h.call(english, 'session.signIn', { operatorId: w.ids.tech });
    h.call(english, 'devices.register', { batchId: w.batchId, device: laptop('E1') });
    const error = h.refuse(english, 'devices.register', { batchId: w.batchId, device: laptop('E1') });
    expect(error.message).toBe('Serial E1 (Dell) is already in stock as RB-000001. Nothing was created.');
  });

  it('is refused before anyone has signed in', () => {
    expect(() => h.call(newSession(), 'devices.register', { batchId: w.batchId, device: laptop('X') })).toThrowError(
      ApiRefusal,
    );
    expect(h.refuse(newSession(), 'devices.register', {}).code).toBe('no_operator');
  });
});
