import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../../shared/contract';
import { memoryHarness, newSession, type Harness } from '../../helpers/api';
import { databaseFingerprint } from '../../helpers/snapshot';
import { laptop, setUpWorkshop, type Workshop } from '../../helpers/workshop';

let h: Harness;
let w: Workshop;
beforeEach(() => {
  h = memoryHarness();
  w = setUpWorkshop(h);
});
afterEach(() => h.close());

describe('the API boundary', () => {
  it('refuses an unknown method', () => {
    expect(h.refuse(w.tech, 'devices.drop' as MethodName, {})).toMatchObject({
      code: 'unknown_method',
      message: 'Opération inconnue « devices.drop ».',
    });
  });

  it('names the field of bad input, in French and in English, and changes nothing', () => {
    const before = databaseFingerprint(h.store);
    const french = h.refuse(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: { ...laptop('Z1'), kind: 'toaster' },
    });
    expect(french).toMatchObject({ code: 'invalid_input', field: 'device.kind' });
    expect(french.message).toMatch(/^Appareil, Type : /);
    const english = newSession('en');
    h.call(english, 'session.signIn', { operatorId: w.ids.tech });
    const error = h.refuse(english, 'devices.registerMany', {
      batchId: w.batchId,
      devices: [laptop('Z1'), { ...laptop('Z2'), batteryHealth: 140 }],
    });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'devices.1.batteryHealth' });
    expect(error.message).toMatch(/^Devices, line 2, Battery health \(%\): /);
    expect(databaseFingerprint(h.store)).toBe(before);
  });

  it('refuses a deactivated operator at once', () => {
    h.call(w.admin, 'operators.update', {
      id: w.ids.tech,
      name: 'Théo Technicien',
      roles: ['technician'],
      active: false,
    });
    expect(h.refuse(w.tech, 'donors.list', {})).toMatchObject({ code: 'operator_inactive' });
  });

  it('keeps at least one active administrator', () => {
    const error = h.refuse(w.admin, 'operators.update', {
      id: w.ids.admin,
      name: 'Alice Admin',
      roles: ['coordinator'],
      active: true,
    });
    expect(error.code).toBe('last_admin');
    expect(h.call(w.admin, 'operators.list', {}).find((operator) => operator.id === w.ids.admin)?.roles).toEqual([
      'admin',
    ]);
  });

  it('asks for the PIN of an operator who has one', () => {
    const operator = h.call(w.admin, 'operators.create', { name: 'Paul Pin', roles: ['technician'], pin: '4821' });
    const session = newSession();
    expect(h.refuse(session, 'session.signIn', { operatorId: operator.id, pin: '0000' }).code).toBe('wrong_pin');
    expect(h.refuse(session, 'session.signIn', { operatorId: operator.id }).code).toBe('wrong_pin');
    expect(h.call(session, 'session.signIn', { operatorId: operator.id, pin: '4821' }).operator?.name).toBe('Paul Pin');
    expect(h.call(session, 'session.operators', {}).find((o) => o.id === operator.id)).toEqual({
      id: operator.id,
      name: 'Paul Pin',
      roles: ['technician'],
      hasPin: true,
      active: true,
      jobTitle: null,
    });
  });

  it('setup works only once', () => {
    expect(
      h.refuse(newSession(), 'session.setup', { siteName: 'X', operatorName: 'Mallory', organisation: null }).code,
    ).toBe('forbidden_role');
  });

  it('never crashes and never writes on arbitrary input to any method', () => {
    const methods = Object.keys(contract).filter((name) => !name.startsWith('session.')) as MethodName[];
    const before = databaseFingerprint(h.store);
    fc.assert(
      fc.property(fc.constantFrom(...methods), fc.anything(), (method, input) => {
        const result = h.api.call(method, input, w.admin);
        // Whatever came in, the answer is an envelope; the only accepted inputs here are reads.
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 600 },
    );
    expect(databaseFingerprint(h.store)).toBe(before);
  });
});
