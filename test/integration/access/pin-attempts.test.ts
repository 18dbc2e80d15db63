import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockoutMs, MAX_LOCKOUT_MS } from '../../../main/services/pin-lockout';
import { openStore } from '../../../main/store/store';
import { harnessFor, newSession, tempDir, type Harness } from '../../helpers/api';
import { setUpWorkshop, type Workshop } from '../../helpers/workshop';

const PIN = '4821';
let dir: { path: string; remove: () => void };
let now: Date;
let h: Harness;
let w: Workshop;
let paulId: number;

const open = () => harnessFor(openStore(join(dir.path, 'rebond.sqlite'), { clock: () => now }));
const later = (ms: number) => (now = new Date(now.getTime() + ms));
const signIn = (pin?: string) =>
  h.api.call(
    'session.signIn',
    pin === undefined ? { operatorId: paulId } : { operatorId: paulId, pin },
    newSession('en'),
  );
const pinEvents = () =>
  h.store.events
    .forEntity('operator', paulId)
    .filter((event) => event.type.startsWith('operator.pin_'))
    .sort((a, b) => a.id - b.id);

beforeEach(() => {
  dir = tempDir();
  now = new Date('2026-11-20T12:00:00Z');
  h = open();
  w = setUpWorkshop(h);
  paulId = h.call(w.admin, 'operators.create', { name: 'Paul Pin', roles: ['technician'], pin: PIN }).id;
});
afterEach(() => {
  h.close();
  dir.remove();
});

describe('the lockout delay', () => {
  it('forgives five wrong PINs, then waits 30 s, doubling up to 15 min', () => {
    expect([1, 4, 5, 6, 7, 9, 10, 11, 40].map(lockoutMs)).toEqual([
      0, 0, 30_000, 60_000, 120_000, 480_000, 900_000, 900_000, 900_000,
    ]);
    expect(lockoutMs(1000)).toBe(MAX_LOCKOUT_MS);
  });
});

describe('PIN attempts', () => {
  it('locks after five wrong PINs: even the right PIN is refused, with when to try again', () => {
    for (let attempt = 1; attempt <= 4; attempt += 1)
      expect(signIn('0000')).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(signIn('0000')).toMatchObject({
      ok: false,
      error: {
        code: 'pin_locked',
        field: 'pin',
        message: `Too many wrong PINs: try again at ${new Date('2026-11-20T12:00:30Z').toLocaleTimeString('fr-FR')} (in 30 s). Until then even the right PIN is refused; an administrator can set you a new PIN.`,
      },
    });
    expect(signIn(PIN)).toMatchObject({ ok: false, error: { code: 'pin_locked' } });
    later(29_000);
    expect(signIn(PIN)).toMatchObject({ ok: false, error: { code: 'pin_locked', params: { wait: '1 s' } } });
    later(1_000);
    expect(signIn(PIN)).toMatchObject({ ok: true });
  });

  it('doubles the wait with each further wrong PIN, and says so in French by default', () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) signIn('1111');
    later(30_000);
    const sixth = h.api.call('session.signIn', { operatorId: paulId, pin: '2222' }, newSession());
    expect(sixth).toMatchObject({ ok: false, error: { code: 'pin_locked', params: { wait: '1 min' } } });
    expect(sixth.ok ? '' : sixth.error.message).toMatch(
      /^Trop de codes PIN erronés : réessayez à \d\d:\d\d:\d\d \(dans 1 min\)/,
    );
    later(60_000);
    expect(signIn('3333')).toMatchObject({ ok: false, error: { code: 'pin_locked', params: { wait: '2 min' } } });
  });

  it('writes operator.pin_failed for each wrong PIN, without the PIN, and nothing while locked', () => {
    for (let attempt = 1; attempt <= 7; attempt += 1) signIn('9876');
    const events = pinEvents();
    expect(events.map((event) => [event.type, event.payload.failures])).toEqual(
      [1, 2, 3, 4, 5].map((n) => ['operator.pin_failed', n]),
    );
    expect(events[4]?.payload).toEqual({ failures: 5, lockedUntil: '2026-11-20T12:00:30.000Z' });
    expect(JSON.stringify(events)).not.toContain('9876');
    expect(h.store.events.verify().ok).toBe(true);
  });

  it('resets the count on a right PIN, with an event saying how many had failed', () => {
    signIn('0000');
    signIn('0001');
    expect(signIn(PIN)).toMatchObject({ ok: true });
    expect(pinEvents().at(-1)).toMatchObject({ type: 'operator.pin_failures_cleared', payload: { failures: 2 } });
    for (let attempt = 1; attempt <= 4; attempt += 1) signIn('0000');
    expect(signIn(PIN)).toMatchObject({ ok: true });
  });

  it('keeps the count when Rebond restarts', () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) signIn('0000');
    h.close();
    h = open();
    expect(signIn(PIN)).toMatchObject({ ok: false, error: { code: 'pin_locked' } });
    later(30_000);
    expect(signIn('0000')).toMatchObject({ ok: false, error: { code: 'pin_locked', params: { wait: '1 min' } } });
  });

  it('does not count a sign-in without a PIN as a guess', () => {
    for (let attempt = 1; attempt <= 8; attempt += 1)
      expect(signIn()).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(pinEvents()).toEqual([]);
    expect(signIn(PIN)).toMatchObject({ ok: true });
  });

  it('ends a lockout when an administrator sets a new PIN', () => {
    for (let attempt = 1; attempt <= 6; attempt += 1) signIn('0000');
    h.call(w.admin, 'operators.update', {
      id: paulId,
      name: 'Paul Pin',
      roles: ['technician'],
      active: true,
      pin: '7777',
    });
    expect(signIn('7777')).toMatchObject({ ok: true });
  });

  it('leaves someone guessing as fast as allowed twelve guesses in the first hour, not thousands', () => {
    const end = new Date(now.getTime() + 60 * 60_000);
    for (let guess = 0; guess < 100; guess += 1) {
      const lockedUntil = h.store.pinAttempts.get(paulId)?.lockedUntil;
      if (lockedUntil && new Date(lockedUntil) > now) now = new Date(lockedUntil);
      if (now >= end) break;
      expect(signIn(String(guess).padStart(4, '0')).ok).toBe(false);
    }
    expect(pinEvents()).toHaveLength(12);
  });

  it('counts each operator apart', () => {
    const other = h.call(w.admin, 'operators.create', { name: 'Olga Pin', roles: ['technician'], pin: '5555' }).id;
    for (let attempt = 1; attempt <= 6; attempt += 1) signIn('0000');
    expect(h.api.call('session.signIn', { operatorId: other, pin: '5555' }, newSession())).toMatchObject({ ok: true });
  });
});
