import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, responsiblePersonKind } from '../../shared/domain/lending';
import {
  SIM_ACTIONS,
  SIM_DIRECT_ACTIONS,
  SIM_STATES,
  canTopUp,
  computeSimExpiry,
  evaluateSimAction,
  simActionsFrom,
  type SimAction,
  type SimState,
} from '../../shared/domain/sim-lifecycle';

/** Written out by hand from the product rules, independently of the implementation's table. */
const EXPECTED: Record<SimAction, Partial<Record<SimState, SimState>>> = {
  allocate: { in_stock: 'allocated' },
  activate: { allocated: 'active' },
  expire: { allocated: 'expired', active: 'expired' },
  reactivate: { expired: 'active' },
  return: { allocated: 'returned', active: 'returned', expired: 'returned' },
  restock: { returned: 'in_stock' },
  deactivate: {
    in_stock: 'deactivated',
    allocated: 'deactivated',
    active: 'deactivated',
    expired: 'deactivated',
    returned: 'deactivated',
  },
};

describe('SIM lifecycle: every state x every action', () => {
  for (const state of SIM_STATES) {
    for (const action of SIM_ACTIONS) {
      const target = EXPECTED[action][state];
      it(`${action} from ${state} ${target ? `leads to ${target}` : 'is refused'}`, () => {
        expect(evaluateSimAction(state, action)).toEqual(
          target ? { allowed: true, to: target } : { allowed: false, reason: 'sim_action_not_allowed' },
        );
      });
    }
  }

  it('leaves allocation and return to the handover and returns desks', () => {
    expect(SIM_DIRECT_ACTIONS).toEqual(['activate', 'expire', 'reactivate', 'restock', 'deactivate']);
    expect(simActionsFrom('in_stock')).toEqual(['deactivate']);
    expect(simActionsFrom('allocated')).toEqual(['activate', 'expire', 'deactivate']);
    expect(simActionsFrom('deactivated')).toEqual([]);
  });

  it('tops up cards in stock or out, never returned or cut ones', () => {
    expect(SIM_STATES.filter(canTopUp)).toEqual(['in_stock', 'allocated', 'active', 'expired']);
  });
});

describe('SIM expiry from the top-up ledger', () => {
  it('is unknown before the first top-up', () => {
    expect(computeSimExpiry([])).toBeNull();
  });

  it('runs from the top-up date for the validity', () => {
    expect(computeSimExpiry([{ on: '2026-01-10', validityDays: 30 }])).toBe('2026-02-09');
  });

  it('stacks credit bought before the previous expiry', () => {
    const ledger = [
      { on: '2026-01-10', validityDays: 30 },
      { on: '2026-01-20', validityDays: 30 },
    ];
    expect(computeSimExpiry(ledger)).toBe('2026-03-11');
    // The order of the ledger rows does not matter, only their dates.
    expect(computeSimExpiry([...ledger].reverse())).toBe('2026-03-11');
  });

  it('starts afresh from the top-up date after a lapse', () => {
    expect(
      computeSimExpiry([
        { on: '2026-01-10', validityDays: 30 },
        { on: '2026-03-01', validityDays: 30 },
      ]),
    ).toBe('2026-03-31');
  });

  it('extends from the expiry day itself when topped up on that day', () => {
    expect(
      computeSimExpiry([
        { on: '2026-01-10', validityDays: 30 },
        { on: '2026-02-09', validityDays: 90 },
      ]),
    ).toBe('2026-05-10');
  });
});

describe('lending calendar', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-11-10', '2026-11-20')).toBe(10);
    expect(daysBetween('2026-11-20', '2026-11-10')).toBe(-10);
  });

  it('adds calendar months, clamped to the last day of the month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2028-11-20', -24)).toBe('2026-11-20');
  });

  it('asks for the care referent instead of a guardian for a child in care', () => {
    expect(responsiblePersonKind('child_in_care')).toBe('care_referent');
    expect(responsiblePersonKind('pupil')).toBe('guardian');
  });
});
