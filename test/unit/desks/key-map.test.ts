import { describe, expect, it } from 'vitest';
import { OPERATOR_ROLES } from '../../../shared/domain/values';
import { hasMessage } from '../../../shared/i18n';
import {
  FUNCTION_KEYS,
  functionKeyOf,
  functionKeysFor,
  GLOBAL_KEYS,
  keyScreenOf,
  SCREEN_KEYS,
  screenKeysFor,
} from '../../../renderer/app/keyMap';

const ALL_SCREENS: string[] = FUNCTION_KEYS.map((entry) => entry.screen);

describe('function keys', () => {
  it('gives every screen one key and every key one screen', () => {
    expect(new Set(FUNCTION_KEYS.map((entry) => entry.key)).size).toBe(FUNCTION_KEYS.length);
    expect(new Set(ALL_SCREENS).size).toBe(FUNCTION_KEYS.length);
    expect(FUNCTION_KEYS.map((entry) => entry.key)).toEqual(['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9']);
  });

  it('keeps the same key for a screen whatever else the operator may not open', () => {
    const everything = functionKeysFor(() => true);
    // A technician cannot open the handover counter: F7 is absent, F8 is still the returns desk.
    const technician = functionKeysFor((screen) => screen !== 'handover' && screen !== 'follow-up');
    expect(technician.find((entry) => entry.key === 'F7')).toBeUndefined();
    expect(technician.find((entry) => entry.key === 'F8')?.screen).toBe('returns');
    for (const entry of technician)
      expect(everything.find((other) => other.key === entry.key)?.screen).toBe(entry.screen);
  });

  it('has no key for a screen the operator may not use, for any subset of screens', () => {
    for (let mask = 0; mask < 1 << ALL_SCREENS.length; mask += 37) {
      const allowed = new Set(ALL_SCREENS.filter((_, index) => (mask >> index) & 1));
      const keys = functionKeysFor((screen) => allowed.has(screen));
      expect(keys.map((entry) => entry.screen).sort()).toEqual([...allowed].sort());
      for (const entry of keys) expect(functionKeyOf(entry.screen)).toBe(entry.key);
    }
  });

  it('says F3 for the intake desk and nothing for a screen off the list', () => {
    expect(functionKeyOf('intake')).toBe('F3');
    expect(functionKeyOf('admin')).toBeNull();
  });
});

describe('the keys of each screen', () => {
  it('names every action in the catalogue and lists a key once per screen', () => {
    for (const [screen, hints] of Object.entries(SCREEN_KEYS)) {
      for (const hint of [...hints, ...GLOBAL_KEYS])
        expect(hasMessage(hint.label), `${screen}: ${hint.label}`).toBe(true);
      const labels = hints.map((hint) => hint.label);
      expect(new Set(labels).size, screen).toBe(labels.length);
    }
  });

  it('lists the workshop keys for the grade and the functional result, and the erasure checklist key', () => {
    const workshop = screenKeysFor('refurbishment', ['technician']).map((hint) => hint.label);
    expect(workshop).toEqual(expect.arrayContaining(['keys.workshop.grade', 'keys.workshop.functional']));
    expect(screenKeysFor('erasure', ['technician']).map((hint) => hint.label)).toContain('keys.erasure.checklistAll');
  });

  it('shows the same screen keys to every role when none is role-gated', () => {
    const byRole = OPERATOR_ROLES.map((role) => screenKeysFor('intake', [role]).length);
    expect(new Set(byRole).size).toBe(1);
  });

  it('finds the keys of a screen that is a route with a parameter, and falls back to the route', () => {
    expect(keyScreenOf({ name: 'sims', param: 'intake' })).toBe('sims/intake');
    expect(keyScreenOf({ name: 'intake', param: '12' })).toBe('intake');
    expect(keyScreenOf({ name: 'dashboard', param: null })).toBe('dashboard');
    expect(screenKeysFor('dashboard', ['admin'])).toEqual([]);
  });
});
