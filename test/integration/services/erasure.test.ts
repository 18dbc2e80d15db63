import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/contract';
import { memoryHarness, type Harness } from '../../helpers/api';
import { databaseFingerprint } from '../../helpers/snapshot';
import { eraseDrive, factoryReset, laptop, setUpWorkshop, tablet, type Workshop } from '../../helpers/workshop';

let h: Harness;
let w: Workshop;
beforeEach(() => {
  h = memoryHarness();
  w = setUpWorkshop(h);
});
afterEach(() => h.close());

/** An ATA secure erase of the first drive, as the desk would send it; tests change what they are about. */
function ataErase(
  device: { id: number; drives: { id: number }[] },
  changes: Partial<Input<'erasure.record'>> = {},
): Input<'erasure.record'> {
  return {
    deviceId: device.id,
    driveId: device.drives[0]?.id,
    level: 'purge',
    technique: 'ata_secure_erase',
    tool: 'hdparm',
    startedAt: '2026-11-03T09:00:00Z',
    endedAt: '2026-11-03T09:10:00Z',
    result: 'success',
    verification: 'full',
    ...changes,
  };
}

function registerLaptop(serial: string, drives = 1) {
  const spec = laptop(serial, {
    drives: Array.from({ length: drives }, (_, index) => ({
      serial: `${serial}-D${index}`,
      type: 'hdd' as const,
      capacityGb: 500,
    })),
  });
  const { device } = h.call(w.tech, 'devices.register', { batchId: w.batchId, device: spec });
  return h.call(w.tech, 'devices.get', { id: device.id });
}

describe('erasure', () => {
  it('moves a device to erased only when every drive is erased and verified by a second person', () => {
    const device = registerLaptop('E1', 2);
    const [first, second] = device.drives;
    const a = eraseDrive(h, w.tech, device.id, first?.id ?? 0);
    expect(a.deviceStatus).toBe('awaiting_erasure');
    const b = eraseDrive(h, w.tech, device.id, second?.id ?? 0);
    expect(h.call(w.dso, 'erasure.verify', { erasureId: a.erasure.id }).deviceStatus).toBe('awaiting_erasure');
    const verified = h.call(w.dso, 'erasure.verify', { erasureId: b.erasure.id, notes: 'rapport nwipe relu' });
    expect(verified.deviceStatus).toBe('erased');
    expect(verified.erasure).toMatchObject({
      verifiedBy: { name: 'Damien Sécurité' },
      verificationNotes: 'rapport nwipe relu',
    });
    const types = h
      .call(w.tech, 'devices.get', { id: device.id })
      .history.map((event) => event.type)
      .reverse();
    expect(types).toEqual([
      'device.registered',
      'drive.added',
      'drive.added',
      'lifecycle.queue_erasure',
      'erasure.recorded',
      'erasure.recorded',
      'erasure.verified',
      'erasure.verified',
      'lifecycle.confirm_erasure',
    ]);
  });

  it('never lets the person who erased verify, even a data-security officer', () => {
    const device = registerLaptop('E2');
    const record = eraseDrive(h, w.dso, device.id, device.drives[0]?.id ?? 0);
    const before = databaseFingerprint(h.store);
    const error = h.refuse(w.dso, 'erasure.verify', { erasureId: record.erasure.id });
    expect(error).toMatchObject({ code: 'verifier_is_performer' });
    expect(databaseFingerprint(h.store)).toBe(before);
    expect(h.call(w.dso2, 'erasure.verify', { erasureId: record.erasure.id }).deviceStatus).toBe('erased');
  });

  it('lets only data-security officers verify', () => {
    const device = registerLaptop('E3');
    const record = eraseDrive(h, w.dso, device.id, device.drives[0]?.id ?? 0);
    const error = h.refuse(w.tech, 'erasure.verify', { erasureId: record.erasure.id });
    expect(error.code).toBe('forbidden_role');
    expect(error.message).toBe(
      'Votre rôle (technique) ne permet pas cette opération : il faut le rôle responsable sécurité des données.',
    );
  });

  it('quarantines a device whose erasure failed, and takes it back for a new attempt', () => {
    const device = registerLaptop('E4');
    const driveId = device.drives[0]?.id ?? 0;
    const failed = eraseDrive(h, w.tech, device.id, driveId, 'failed');
    expect(failed.deviceStatus).toBe('quarantined');
    expect(h.refuse(w.dso, 'erasure.verify', { erasureId: failed.erasure.id }).code).toBe('erasure_not_verifiable');
    const retry = eraseDrive(h, w.tech, device.id, driveId);
    expect(retry.deviceStatus).toBe('awaiting_erasure');
    expect(h.call(w.dso, 'erasure.verify', { erasureId: retry.erasure.id }).deviceStatus).toBe('erased');
  });

  it('erases tablets as a whole with the complete account and MDM checklist', () => {
    const { device } = h.call(w.tech, 'devices.register', { batchId: w.batchId, device: tablet('TAB1') });
    const incomplete = h.refuse(w.tech, 'erasure.record', {
      deviceId: device.id,
      level: 'purge',
      technique: 'factory_reset',
      tool: 'Android recovery',
      startedAt: '2026-11-03T09:00:00Z',
      endedAt: '2026-11-03T09:10:00Z',
      result: 'success',
      verification: 'full',
      checklist: ['encryption_enabled', 'reset_completed'],
    });
    expect(incomplete.code).toBe('checklist_incomplete');
    expect(incomplete.message).toContain('Comptes supprimés');
    const record = factoryReset(h, w.tech, device.id);
    expect(h.call(w.dso, 'erasure.verify', { erasureId: record.erasure.id }).deviceStatus).toBe('erased');
  });

  it('records per drive for computers with drives, per device for tablets', () => {
    const laptopDevice = registerLaptop('E5');
    const wrong = h.refuse(w.tech, 'erasure.record', ataErase(laptopDevice, { driveId: null }));
    expect(wrong).toMatchObject({ code: 'erasure_subject_invalid', field: 'driveId' });
    expect(wrong.message).toContain('disque par disque');
  });

  it('pairs physical destruction with the Destroy level', () => {
    const device = registerLaptop('E6');
    const error = h.refuse(
      w.tech,
      'erasure.record',
      ataErase(device, { technique: 'physical_destruction', tool: 'broyeur' }),
    );
    expect(error.code).toBe('level_technique_mismatch');
  });

  it('refuses an end before the start with a translated message naming the field', () => {
    const device = registerLaptop('E7');
    const error = h.refuse(
      w.tech,
      'erasure.record',
      ataErase(device, { startedAt: '2026-11-03T10:00:00Z', endedAt: '2026-11-03T09:00:00Z' }),
    );
    expect(error).toMatchObject({
      code: 'invalid_input',
      field: 'endedAt',
      message: 'Fin : la fin ne peut pas précéder le début',
    });
  });

  it('refuses erasure of a device that is not waiting for it', () => {
    const device = registerLaptop('E8');
    const record = eraseDrive(h, w.tech, device.id, device.drives[0]?.id ?? 0);
    h.call(w.dso, 'erasure.verify', { erasureId: record.erasure.id });
    const error = h.refuse(w.tech, 'erasure.record', ataErase(device));
    expect(error).toMatchObject({ code: 'erasure_device_state', message: expect.stringContaining('« Effacé »') });
    expect(h.call(w.dso, 'erasure.awaitingVerification', {})).toEqual([]);
  });

  it('offers for verification only the latest record of each medium', () => {
    const device = registerLaptop('E9', 2);
    const [first, second] = device.drives;
    const superseded = h.call(w.tech, 'erasure.record', ataErase(device)).erasure;
    const latest = h.call(
      w.tech,
      'erasure.record',
      ataErase(device, { technique: 'overwrite', passes: 1, level: 'clear' }),
    ).erasure;
    const other = h.call(w.tech, 'erasure.record', ataErase(device, { driveId: second?.id })).erasure;
    expect(first?.id).not.toBe(second?.id);
    const waiting = h.call(w.dso, 'erasure.awaitingVerification', {}).map((record) => record.id);
    expect(waiting).toEqual([latest.id, other.id]);
    expect(waiting).not.toContain(superseded.id);
  });
});
