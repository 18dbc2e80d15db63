import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryHarness, type Harness } from '../../helpers/api';
import { databaseFingerprint } from '../../helpers/snapshot';
import { eraseDrive, laptop, makeReady, setUpWorkshop, type Workshop } from '../../helpers/workshop';

let h: Harness;
let w: Workshop;
beforeEach(() => {
  h = memoryHarness();
  w = setUpWorkshop(h);
});
afterEach(() => h.close());

function register(serial: string): number {
  return h.call(w.tech, 'devices.register', { batchId: w.batchId, device: laptop(serial) }).device.id;
}

function eraseAndVerify(deviceId: number): void {
  const driveId = h.call(w.tech, 'devices.get', { id: deviceId }).drives[0]?.id ?? 0;
  const record = eraseDrive(h, w.tech, deviceId, driveId);
  h.call(w.dso, 'erasure.verify', { erasureId: record.erasure.id });
}

describe('refurbishment and readiness', () => {
  it('takes an erased, graded device whose QC passed to ready', () => {
    const id = makeReady(h, w, 'R1');
    const detail = h.call(w.tech, 'devices.get', { id });
    expect(detail.status).toBe('ready');
    expect(detail.grade).toBe('A');
    expect(detail.refurbishments[0]?.qc).toMatchObject({ passed: true, by: { name: 'Théo Technicien' } });
  });

  it('cannot make a device ready without verified erasure: the workshop refuses it before erasure', () => {
    const id = register('R2');
    const error = h.refuse(w.tech, 'refurbishment.record', { deviceId: id, outcome: 'refurbished', grade: 'A' });
    expect(error).toMatchObject({
      code: 'refurbishment_device_state',
      message: expect.stringContaining('« Réceptionné »'),
    });
    const driveId = h.call(w.tech, 'devices.get', { id }).drives[0]?.id ?? 0;
    eraseDrive(h, w.tech, id, driveId);
    expect(h.refuse(w.tech, 'refurbishment.record', { deviceId: id, outcome: 'refurbished' }).code).toBe(
      'refurbishment_device_state',
    );
  });

  it('stays in refurbishment when QC passes without a grade, and says why through its facts', () => {
    const id = register('R3');
    eraseAndVerify(id);
    h.call(w.tech, 'refurbishment.record', { deviceId: id, outcome: 'refurbished' });
    const result = h.call(w.tech, 'refurbishment.qualityCheck', { deviceId: id, passed: true });
    expect(result.deviceStatus).toBe('in_refurbishment');
    const detail = h.call(w.tech, 'devices.get', { id });
    expect(detail.facts).toMatchObject({ qcPassed: true, graded: false });
    expect(detail.allowedActions).not.toContain('mark_ready');
    expect(h.refuse(w.tech, 'devices.applyAction', { deviceIds: [id], action: 'mark_ready' })).toMatchObject({
      code: 'bulk_refused',
      refusals: [{ deviceId: id, code: 'guard_graded', message: 'L’appareil n’a pas encore de grade esthétique.' }],
    });
  });

  it('a new pass at the bench needs a new quality check', () => {
    const id = makeReady(h, w, 'R4');
    h.call(w.tech, 'devices.applyAction', { deviceIds: [id], action: 'reopen_refurbishment' });
    h.call(w.tech, 'refurbishment.record', {
      deviceId: id,
      outcome: 'refurbished',
      parts: [{ name: 'Clavier AZERTY', quantity: 1, costCents: 2450 }],
    });
    expect(h.call(w.tech, 'devices.get', { id }).facts.qcPassed).toBe(false);
    expect(h.call(w.tech, 'refurbishment.qualityCheck', { deviceId: id, passed: true }).deviceStatus).toBe('ready');
  });
});

describe('a device found after a loss', () => {
  it('starts a new stay: its erasure proof and quality check from before the loss do not count', () => {
    const id = makeReady(h, w, 'F1');
    h.call(w.tech, 'devices.applyAction', { deviceIds: [id], action: 'report_lost' });
    h.call(w.tech, 'devices.applyAction', { deviceIds: [id], action: 'recover' });
    const found = h.call(w.tech, 'devices.get', { id });
    expect(found.status).toBe('awaiting_erasure');
    expect(found.drives.map((drive) => drive.erasure)).toEqual(['none']);
    expect(found.facts.qcPassed).toBe(false);
    expect(
      h.refuse(w.tech, 'devices.applyAction', { deviceIds: [id], action: 'confirm_erasure' }).refusals?.[0]?.code,
    ).toBe('guard_erasure_proven');
    eraseAndVerify(id);
    expect(h.call(w.tech, 'devices.get', { id }).status).toBe('erased');
  });
});

describe('bulk actions', () => {
  it('are all or nothing, reporting every refused device with its reason', () => {
    const ready = makeReady(h, w, 'K1');
    const fresh = register('K2');
    const lost = register('K3');
    h.call(w.tech, 'devices.applyAction', { deviceIds: [lost], action: 'report_lost' });
    const before = databaseFingerprint(h.store);
    const error = h.refuse(w.tech, 'devices.applyAction', { deviceIds: [ready, fresh, lost, 9999], action: 'harvest' });
    expect(error.code).toBe('bulk_refused');
    expect(error.message).toBe('3 appareils refusés : aucun appareil n’a été modifié.');
    expect(error.refusals?.map((refusal) => [refusal.assetTag, refusal.code])).toEqual([
      ['RB-000002', 'action_not_allowed_in_state'],
      ['RB-000003', 'action_not_allowed_in_state'],
      ['', 'not_found'],
    ]);
    expect(error.refusals?.[0]?.message).toBe(
      'Action « Démonter pour pièces » impossible pour un appareil à l’état « Réceptionné ».',
    );
    expect(databaseFingerprint(h.store)).toBe(before);
    const done = h.call(w.tech, 'devices.applyAction', {
      deviceIds: [ready, fresh],
      action: 'send_to_recycling',
      note: 'écrans cassés',
    });
    expect(done.changed.map((device) => device.status)).toEqual(['to_recycle', 'to_recycle']);
    expect(h.call(w.tech, 'devices.get', { id: fresh }).history[0]).toMatchObject({
      type: 'lifecycle.send_to_recycling',
      payload: { from: 'received', to: 'to_recycle', note: 'écrans cassés' },
    });
  });

  it('leave actions that need a desk record to that desk', () => {
    const id = makeReady(h, w, 'K4');
    const error = h.refuse(w.tech, 'devices.applyAction', { deviceIds: [id], action: 'recycle' });
    expect(error.code).toBe('invalid_input');
    expect(error.field).toBe('action');
  });
});

describe('recycling', () => {
  it('records a pickup for a set, all or nothing, only once media are sanitised', () => {
    const clean = makeReady(h, w, 'Y1');
    const dirty = register('Y2');
    h.call(w.tech, 'devices.applyAction', { deviceIds: [clean, dirty], action: 'send_to_recycling' });
    const input = {
      deviceIds: [clean, dirty],
      recycler: 'Envie Rhône',
      pickupDate: '2026-11-20',
      weightKg: 4.2,
      certificateRef: 'BSD-2026-118',
    };
    expect(h.refuse(w.tech, 'recycling.record', input).code).toBe('forbidden_role');
    const before = databaseFingerprint(h.store);
    const error = h.refuse(w.dso, 'recycling.record', input);
    expect(error.refusals).toEqual([expect.objectContaining({ deviceId: dirty, code: 'guard_erasure_proven' })]);
    expect(databaseFingerprint(h.store)).toBe(before);
    const driveId = h.call(w.tech, 'devices.get', { id: dirty }).drives[0]?.id ?? 0;
    const destroyed = h.call(w.tech, 'erasure.record', {
      deviceId: dirty,
      driveId,
      level: 'destroy',
      technique: 'physical_destruction',
      tool: 'Broyeur HSM',
      startedAt: '2026-11-19T14:00:00Z',
      endedAt: '2026-11-19T14:05:00Z',
      result: 'success',
      verification: 'full',
      destination: 'recycler',
    });
    h.call(w.dso2, 'erasure.verify', { erasureId: destroyed.erasure.id });
    const record = h.call(w.dso, 'recycling.record', input);
    expect(record).toMatchObject({
      recycler: 'Envie Rhône',
      deviceCount: 2,
      weightKg: 4.2,
      recordedBy: { name: 'Damien Sécurité' },
    });
    expect(h.call(w.tech, 'devices.get', { id: dirty }).status).toBe('recycled');
    expect(h.call(w.tech, 'recycling.list', {})).toHaveLength(1);
  });
});
