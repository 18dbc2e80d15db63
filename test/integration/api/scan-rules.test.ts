import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCAN_RULES } from '../../../shared/domain/scan-rules';
import { memoryHarness, type Harness } from '../../helpers/api';
import { databaseFingerprint } from '../../helpers/snapshot';
import { laptop, setUpWorkshop, tablet, type Workshop } from '../../helpers/workshop';

let h: Harness;
let w: Workshop;
beforeEach(() => {
  h = memoryHarness();
  w = setUpWorkshop(h);
  // The workshop fixture allows short test serials; these tests use a site's default rules.
  h.call(w.admin, 'scanRules.update', DEFAULT_SCAN_RULES);
});
afterEach(() => h.close());

const register = (serial: string, extra: Parameters<typeof laptop>[1] = {}) =>
  h.call(w.tech, 'devices.register', { batchId: w.batchId, device: laptop(serial, { drives: [], ...extra }) });
const refuseRegister = (serial: string, extra: Parameters<typeof laptop>[1] = {}) =>
  h.refuse(w.tech, 'devices.register', { batchId: w.batchId, device: laptop(serial, { drives: [], ...extra }) });

describe('what a scan may create', () => {
  it.each([
    ['#@!*%$', 'serial_characters', 'Le numéro de série « #@!*%$ » contient des caractères non admis (# @ ! * % $)'],
    ['x', 'serial_too_short', 'Numéro de série trop court : 1 caractère, il en faut au moins 4.'],
    ['https://example.org/p/5CQ6VY1', 'scan_url', 'Ceci ressemble à une adresse web'],
    ['ABC\u0000123', 'scan_control_characters', 'caractères invisibles'],
  ])('refuses %j with %s, a translated reason, and changes nothing', (serial, code, message) => {
    const before = databaseFingerprint(h.store);
    const error = refuseRegister(serial);
    expect(error).toMatchObject({ code, field: 'device.serial' });
    expect(error.message).toContain(message);
    expect(databaseFingerprint(h.store)).toBe(before);
  });

  it('takes the serial and make from a Dell support address, with the warning', () => {
    const { device, warnings } = register(
      'https://www.dell.com/support/home/fr-fr/product-support/servicetag/5CQ6VY1/overview',
      {
        make: 'Lenovo',
      },
    );
    expect(device).toMatchObject({ serial: '5CQ6VY1', make: 'Dell' });
    expect(warnings.map((warning) => warning.message)).toEqual(['Numéro de série lu dans l’adresse Dell : 5CQ6VY1']);
  });

  it('compares makes by their canonical name: Dell and Dell Inc. are one vendor, also for rows stored before', () => {
    register('5CQ6VY1', { make: 'Dell' });
    const error = refuseRegister('5CQ6VY1', { make: 'Dell Inc.' });
    expect(error).toMatchObject({ code: 'duplicate_serial', field: 'device.serial' });
    // A row an older Rebond stored with the make as typed.
    h.store.db.prepare("UPDATE devices SET make = 'DELL INC.', make_key = 'dell inc.'").run();
    expect(refuseRegister('5CQ6VY1', { make: 'dell' }).code).toBe('duplicate_serial');
  });

  it('counts a firmware placeholder as no serial: refused without an IMEI, accepted with one and a warning', () => {
    const before = databaseFingerprint(h.store);
    expect(refuseRegister('To Be Filled By O.E.M.')).toMatchObject({ code: 'identifier_required' });
    expect(refuseRegister('0000000000')).toMatchObject({ code: 'identifier_required' });
    expect(databaseFingerprint(h.store)).toBe(before);
    const { device, warnings } = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: { ...tablet('Default string', '490154203237518') },
    });
    expect(device).toMatchObject({ serial: '', imei: '490154203237518' });
    expect(warnings.map((warning) => warning.code)).toEqual(['serial_placeholder']);
    // Two boards saying the same placeholder are not one device.
    const second = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: tablet('Default string', '356938035643809'),
    });
    expect(second.device.serial).toBe('');
  });

  it('a device of kind other needs an identifier too', () => {
    const error = h.refuse(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: { kind: 'other', make: 'Logitech' },
    });
    expect(error).toMatchObject({ code: 'identifier_required' });
  });

  it('follows the rules an administrator sets, and only an administrator', () => {
    expect(h.refuse(w.tech, 'scanRules.update', DEFAULT_SCAN_RULES).code).toBe('forbidden_role');
    const bad = h.refuse(w.admin, 'scanRules.update', {
      serialMinLength: 20,
      serialMaxLength: 10,
      serialExtraCharacters: '-',
    });
    expect(bad).toMatchObject({ code: 'invalid_input', field: 'serialMinLength' });
    expect(bad.message).toContain('la longueur minimale ne peut pas dépasser la longueur maximale');
    h.call(w.admin, 'scanRules.update', { serialMinLength: 8, serialMaxLength: 12, serialExtraCharacters: '-' });
    expect(h.call(w.tech, 'scanRules.get', {})).toEqual({
      serialMinLength: 8,
      serialMaxLength: 12,
      serialExtraCharacters: '-',
    });
    expect(refuseRegister('ABC1234')).toMatchObject({ code: 'serial_too_short' });
    expect(refuseRegister('ABC.12345')).toMatchObject({ code: 'serial_characters' });
    expect(register('ABC-12345').device.serial).toBe('ABC-12345');
  });

  it('refuses a bulk intake with one junk line, naming the line, and writes nothing', () => {
    const before = databaseFingerprint(h.store);
    const error = h.refuse(w.tech, 'devices.registerMany', {
      batchId: w.batchId,
      devices: [laptop('GOOD0001', { drives: [] }), laptop('x', { drives: [] })],
    });
    expect(error).toMatchObject({ code: 'serial_too_short', field: 'devices.1.serial' });
    expect(databaseFingerprint(h.store)).toBe(before);
  });
});
