import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryHarness, newSession, type ApiSession, type Harness } from '../../helpers/api';
import { databaseFingerprint } from '../../helpers/snapshot';
import { laptop, setUpWorkshop, tablet, type Workshop } from '../../helpers/workshop';

let h: Harness;
let w: Workshop;
let coordinator: ApiSession;
beforeEach(() => {
  h = memoryHarness();
  w = setUpWorkshop(h);
  const operator = h.call(w.admin, 'operators.create', { name: 'Sophie Coordination', roles: ['coordinator'] });
  coordinator = newSession();
  h.call(coordinator, 'session.signIn', { operatorId: operator.id });
});
afterEach(() => h.close());

const register = (serial: string, extra: Parameters<typeof laptop>[1] = {}) =>
  h.call(w.tech, 'devices.register', { batchId: w.batchId, device: laptop(serial, { drives: [], ...extra }) }).device;

const identity = { kind: 'laptop' as const, serial: '5CQ6VY1', imeis: [], make: 'Dell', model: 'Latitude 7490' };

describe('correcting a device identity', () => {
  it('corrects serial, make and model with an event of old and new values, the reason kept out of the payload', () => {
    const device = register('5CQ6VYI', { make: 'Dell Inc.' });
    const detail = h.call(coordinator, 'devices.correctIdentity', {
      id: device.id,
      identity: { ...identity, model: 'Latitude 5490' },
      reason: 'Un I tapé à la place du 1',
    });
    expect(detail).toMatchObject({ serial: '5CQ6VY1', make: 'Dell', model: 'Latitude 5490' });
    const event = detail.history[0];
    expect(event?.type).toBe('device.identity_corrected');
    expect(event?.payload.changes).toEqual({
      serial: { from: '5CQ6VYI', to: '5CQ6VY1' },
      model: { from: 'Latitude 7490', to: 'Latitude 5490' },
    });
    expect(event?.payload.note).toBe('Un I tapé à la place du 1');
    const stored = h.store.db.prepare('SELECT payload FROM events WHERE id = ?').pluck().get(event?.id) as string;
    expect(stored).not.toContain('tapé');
    expect(stored).toContain('noteSha256');
    // The search box finds the corrected serial.
    expect(h.call(w.tech, 'inventory.search', { query: '5CQ6VY1' })).toMatchObject({ exact: { id: device.id } });
  });

  it('applies the duplicate and scan rules to the new value, and changes nothing when refused', () => {
    register('5CQ6VY1');
    const other = register('OTHER001', { make: 'HP' });
    const before = databaseFingerprint(h.store);
    const duplicate = h.refuse(coordinator, 'devices.correctIdentity', {
      id: other.id,
      identity: { ...identity, make: 'Dell Inc.' },
      reason: 'Mauvaise marque',
    });
    expect(duplicate).toMatchObject({ code: 'duplicate_serial', field: 'identity.serial' });
    expect(
      h.refuse(coordinator, 'devices.correctIdentity', {
        id: other.id,
        identity: { ...identity, serial: '#@!' },
        reason: 'x',
      }).code,
    ).toBe('serial_characters');
    expect(
      h.refuse(coordinator, 'devices.correctIdentity', {
        id: other.id,
        identity: { ...identity, serial: 'Not Specified' },
        reason: 'x',
      }).code,
    ).toBe('identifier_required');
    expect(databaseFingerprint(h.store)).toBe(before);
    // The device does not collide with itself.
    expect(
      h.call(coordinator, 'devices.correctIdentity', {
        id: other.id,
        identity: { ...identity, serial: 'OTHER001', make: 'HP' },
        reason: 'Modèle',
      }).model,
    ).toBe('Latitude 7490');
  });

  it('corrects a kind and IMEIs', () => {
    const device = register('TAB00001', { kind: 'laptop' });
    const detail = h.call(w.dso, 'devices.correctIdentity', {
      id: device.id,
      identity: {
        kind: 'tablet',
        serial: 'TAB00001',
        imeis: ['490154203237518'],
        make: 'Samsung',
        model: 'Galaxy Tab A8',
      },
      reason: 'Une tablette, pas un portable',
    });
    expect(detail).toMatchObject({ kind: 'tablet', imeis: ['490154203237518'], make: 'Samsung' });
    h.call(w.tech, 'devices.register', { batchId: w.batchId, device: tablet('TAB00002', '356938035643809') });
    expect(
      h.refuse(w.dso, 'devices.correctIdentity', {
        id: device.id,
        identity: { kind: 'tablet', serial: 'TAB00001', imeis: ['356938035643809'], make: 'Samsung', model: '' },
        reason: 'IMEI',
      }).code,
    ).toBe('duplicate_imei');
  });

  it('needs a reason and a role that answers for the inventory', () => {
    const device = register('5CQ6VY1');
    expect(h.refuse(w.tech, 'devices.correctIdentity', { id: device.id, identity, reason: 'Erreur' }).code).toBe(
      'forbidden_role',
    );
    expect(h.refuse(coordinator, 'devices.correctIdentity', { id: device.id, identity, reason: '  ' })).toMatchObject({
      code: 'invalid_input',
      field: 'reason',
    });
  });

  it('a make changed on the device page is canonical and checked for duplicates', () => {
    register('5CQ6VY1');
    const other = register('5CQ6VY1', { make: 'HP' });
    expect(h.refuse(w.tech, 'devices.update', { id: other.id, changes: { make: 'Dell Inc.' } }).code).toBe(
      'duplicate_serial',
    );
    const third = register('NEWONE01', { make: 'HP' });
    expect(h.call(w.tech, 'devices.update', { id: third.id, changes: { make: 'LENOVO' } }).make).toBe('Lenovo');
    expect(
      h.refuse(w.tech, 'devices.register', {
        batchId: w.batchId,
        device: laptop('NEWONE01', { make: 'lenovo', drives: [] }),
      }).code,
    ).toBe('duplicate_serial');
  });
});

describe('voiding a device recorded by mistake', () => {
  it('leaves the counts and lists, keeps its history and tag, frees its serial, and the tag is never reused', () => {
    const mistake = register('MISTAKE1');
    register('KEPT0001');
    const voided = h.call(coordinator, 'devices.void', { id: mistake.id, reason: 'Scanné deux fois' });
    expect(voided.status).toBe('voided');
    expect(voided.allowedActions).toEqual([]);
    expect(voided.history[0]).toMatchObject({
      type: 'lifecycle.void',
      payload: { from: 'received', to: 'voided', note: 'Scanné deux fois' },
    });
    expect(h.call(w.tech, 'batches.get', { id: w.batchId }).receivedCount).toBe(1);
    expect(h.call(w.tech, 'inventory.countsByStatus', {})).toMatchObject({ received: 1, voided: 1 });
    const list = h.call(w.tech, 'inventory.list', {});
    expect(list.rows.map((row) => row.assetTag)).toEqual(['RB-000002']);
    expect(
      h.call(w.tech, 'inventory.list', { filter: { statuses: ['voided'] } }).rows.map((row) => row.assetTag),
    ).toEqual(['RB-000001']);
    // Still found by its tag, with its history.
    expect(h.call(w.tech, 'devices.get', { assetTag: 'RB-000001' }).status).toBe('voided');
    // Its serial may be scanned again (the mistake was the record, not the device), under a new tag.
    expect(register('MISTAKE1').assetTag).toBe('RB-000003');
    // Nothing moves it any more.
    expect(h.refuse(w.tech, 'devices.applyAction', { deviceIds: [mistake.id], action: 'queue_erasure' }).code).toBe(
      'bulk_refused',
    );
  });

  it('only from received, with a reason and a role, and changes nothing when refused', () => {
    const device = register('MOVED001');
    h.call(w.tech, 'devices.applyAction', { deviceIds: [device.id], action: 'queue_erasure' });
    const before = databaseFingerprint(h.store);
    expect(h.refuse(coordinator, 'devices.void', { id: device.id, reason: 'Erreur' }).code).toBe(
      'action_not_allowed_in_state',
    );
    expect(h.refuse(w.tech, 'devices.void', { id: device.id, reason: 'Erreur' }).code).toBe('forbidden_role');
    expect(h.refuse(coordinator, 'devices.void', { id: device.id, reason: '' }).field).toBe('reason');
    expect(h.refuse(w.tech, 'devices.applyAction', { deviceIds: [device.id], action: 'void' }).code).toBe(
      'invalid_input',
    );
    expect(databaseFingerprint(h.store)).toBe(before);
  });

  it('frees the drive serials of the voided record', () => {
    const mistake = h.call(w.tech, 'devices.register', { batchId: w.batchId, device: laptop('WRONG001') }).device;
    h.call(coordinator, 'devices.void', { id: mistake.id, reason: 'Mauvais numéro' });
    const right = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: { ...laptop('RIGHT001'), drives: [{ serial: 'DRV-WRONG001', type: 'ssd', capacityGb: 256 }] },
    });
    expect(right.device.status).toBe('received');
  });

  it('does not keep a batch from closing', () => {
    const device = register('MISTAKE1');
    h.call(w.admin, 'devices.void', { id: device.id, reason: 'Erreur de lot' });
    expect(h.call(w.dso, 'batches.close', { id: w.batchId }).closed).toBe(true);
  });
});

describe('editing a batch', () => {
  it('edits donor, date, expected count and notes, with an event that leaves the notes out', () => {
    const donor = h.call(w.tech, 'donors.create', { name: 'Mairie de Vénissieux', kind: 'public_body' });
    register('DEV00001');
    const batch = h.call(w.tech, 'batches.update', {
      id: w.batchId,
      donorId: donor.id,
      receivedOn: '2026-11-05',
      expectedCount: 12,
      notes: 'Palette déposée par M. Martin',
    });
    expect(batch).toMatchObject({
      donorName: 'Mairie de Vénissieux',
      receivedOn: '2026-11-05',
      expectedCount: 12,
      notes: 'Palette déposée par M. Martin',
    });
    const payload = h.store.db
      .prepare("SELECT payload FROM events WHERE type = 'batch.updated'")
      .pluck()
      .get() as string;
    expect(JSON.parse(payload)).toEqual({
      changes: {
        donorId: { from: w.donorId, to: donor.id },
        receivedOn: { from: '2026-11-02', to: '2026-11-05' },
        expectedCount: { from: 10, to: 12 },
      },
      notesChanged: true,
    });
    expect(h.call(w.tech, 'inventory.list', {}).rows[0]?.receivedOn).toBe('2026-11-05');
  });

  it('refuses a future reception date, at creation and on edit, changing nothing', () => {
    const before = databaseFingerprint(h.store);
    const future = '2999-01-01';
    const onEdit = h.refuse(w.tech, 'batches.update', {
      id: w.batchId,
      donorId: w.donorId,
      receivedOn: future,
      expectedCount: null,
      notes: null,
    });
    expect(onEdit).toMatchObject({ code: 'date_in_future', field: 'receivedOn' });
    const onCreate = h.refuse(w.tech, 'batches.create', {
      donorId: w.donorId,
      siteId: w.siteId,
      receivedOn: future,
      expectedCount: null,
    });
    expect(onCreate).toMatchObject({ code: 'date_in_future', field: 'receivedOn' });
    expect(databaseFingerprint(h.store)).toBe(before);
  });

  it('closes and reopens', () => {
    expect(h.call(w.dso, 'batches.close', { id: w.batchId }).closed).toBe(true);
    expect(h.refuse(w.tech, 'devices.register', { batchId: w.batchId, device: laptop('LATE0001') }).code).toBe(
      'batch_closed',
    );
    expect(h.call(w.dso, 'batches.reopen', { id: w.batchId }).closed).toBe(false);
    expect(register('LATE0001').status).toBe('received');
  });
});
