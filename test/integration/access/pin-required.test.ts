import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryHarness, newSession, type Harness } from '../../helpers/api';
import { databaseFingerprint } from '../../helpers/snapshot';
import { setUpWorkshop, type Workshop } from '../../helpers/workshop';

let h: Harness;
let w: Workshop;
const giveAdminPin = () =>
  h.call(w.admin, 'operators.update', {
    id: w.ids.admin,
    name: 'Alice Admin',
    roles: ['admin'],
    active: true,
    pin: '1234',
  });
const requirePins = () => h.call(w.admin, 'access.update', { pinRequired: true });

beforeEach(() => {
  h = memoryHarness();
  w = setUpWorkshop(h);
});
afterEach(() => h.close());

describe('the PIN rule for the data-security, coordination and administration roles', () => {
  it('is off by default, and only administrators read or change it', () => {
    expect(h.call(w.admin, 'access.get', {})).toEqual({
      pinRequired: false,
      guardedRoles: ['data_security_officer', 'coordinator', 'admin'],
    });
    expect(h.refuse(w.dso, 'access.update', { pinRequired: true }).code).toBe('forbidden_role');
    expect(h.refuse(w.tech, 'access.get', {}).code).toBe('forbidden_role');
  });

  it('cannot be turned on by an administrator without a PIN', () => {
    const before = databaseFingerprint(h.store);
    expect(h.refuse(w.admin, 'access.update', { pinRequired: true })).toMatchObject({
      code: 'pin_required_admin',
      field: 'pinRequired',
    });
    expect(databaseFingerprint(h.store)).toBe(before);
  });

  it('once on, refuses the sign-in of a data-security officer without a PIN, saying to ask an administrator', () => {
    giveAdminPin();
    requirePins();
    expect(h.store.events.recent(1)[0]).toMatchObject({
      type: 'settings.updated',
      payload: { pinRequiredForGuardedRoles: true },
    });
    const english = newSession('en');
    expect(h.refuse(english, 'session.signIn', { operatorId: w.ids.dso })).toMatchObject({
      code: 'pin_required_to_sign_in',
      message: 'Damien Sécurité needs a PIN to sign in with this role: ask an administrator to set one for you.',
    });
    expect(h.refuse(newSession(), 'session.signIn', { operatorId: w.ids.dso }).message).toMatch(
      /demandez à l’administration/,
    );
    expect(h.call(newSession(), 'session.signIn', { operatorId: w.ids.tech }).operator?.name).toBe('Théo Technicien');
    expect(h.call(newSession(), 'session.signIn', { operatorId: w.ids.admin, pin: '1234' }).operator?.name).toBe(
      'Alice Admin',
    );
  });

  it('once on, refuses to create or update such an operator without a PIN, and changes nothing', () => {
    giveAdminPin();
    requirePins();
    const before = databaseFingerprint(h.store);
    expect(
      h.refuse(w.admin, 'operators.create', { name: 'Sophie Coordination', roles: ['coordinator'] }),
    ).toMatchObject({ code: 'pin_required_for_role', field: 'pin' });
    expect(
      h.refuse(w.admin, 'operators.update', {
        id: w.ids.tech,
        name: 'Théo Technicien',
        roles: ['technician', 'coordinator'],
        active: true,
      }),
    ).toMatchObject({
      code: 'pin_required_for_role',
    });
    expect(
      h.refuse(w.admin, 'operators.update', {
        id: w.ids.admin,
        name: 'Alice Admin',
        roles: ['admin'],
        active: true,
        pin: null,
      }).code,
    ).toBe('pin_required_for_role');
    expect(databaseFingerprint(h.store)).toBe(before);
    expect(
      h.call(w.admin, 'operators.create', { name: 'Sophie Coordination', roles: ['coordinator'], pin: '2468' }).hasPin,
    ).toBe(true);
    expect(h.call(w.admin, 'operators.create', { name: 'Tom Technicien', roles: ['technician'] }).hasPin).toBe(false);
    expect(
      h.call(w.admin, 'operators.update', {
        id: w.ids.dso,
        name: 'Damien Sécurité',
        roles: ['data_security_officer'],
        active: true,
        pin: '1357',
      }).hasPin,
    ).toBe(true);
    expect(h.call(newSession(), 'session.signIn', { operatorId: w.ids.dso, pin: '1357' }).operator?.id).toBe(w.ids.dso);
    // Deactivating an operator who has no PIN stays possible.
    expect(
      h.call(w.admin, 'operators.update', {
        id: w.ids.dso2,
        name: 'Dora Sécurité',
        roles: ['data_security_officer'],
        active: false,
      }).active,
    ).toBe(false);
  });

  it('keeps an administrator who can sign in', () => {
    const bob = h.call(w.admin, 'operators.create', { name: 'Bob Admin', roles: ['admin'] });
    giveAdminPin();
    requirePins();
    expect(
      h.refuse(w.admin, 'operators.update', { id: w.ids.admin, name: 'Alice Admin', roles: ['admin'], active: false })
        .code,
    ).toBe('pin_required_admin');
    expect(h.call(w.admin, 'operators.list', {}).find((operator) => operator.id === bob.id)?.hasPin).toBe(false);
  });

  it('stops an operator already signed in without a PIN at their next action', () => {
    giveAdminPin();
    requirePins();
    expect(h.refuse(w.dso, 'donors.list', {}).code).toBe('pin_required_to_sign_in');
    expect(h.call(w.tech, 'donors.list', {}).length).toBe(1);
  });

  it('lets everyone without a PIN sign in again once turned off', () => {
    giveAdminPin();
    requirePins();
    h.call(w.admin, 'access.update', { pinRequired: false });
    expect(h.call(newSession(), 'session.signIn', { operatorId: w.ids.dso }).operator?.id).toBe(w.ids.dso);
  });
});
