import { describe, expect, it } from 'vitest';
import {
  DEVICE_ACTIONS,
  DEVICE_STATES,
  DIRECT_ACTIONS,
  allowedDirectActions,
  evaluateAction,
  type DeviceAction,
  type DeviceState,
  type LifecycleFacts,
} from '../../shared/domain/lifecycle';

/** Written out by hand from the product rules, independently of the implementation's table. */
const EXPECTED: Record<DeviceAction, Partial<Record<DeviceState, DeviceState>>> = {
  queue_erasure: { received: 'awaiting_erasure', returned: 'awaiting_erasure' },
  confirm_erasure: { awaiting_erasure: 'erased' },
  quarantine: { awaiting_erasure: 'quarantined' },
  retry_erasure: { quarantined: 'awaiting_erasure' },
  start_refurbishment: { erased: 'in_refurbishment' },
  mark_ready: { in_refurbishment: 'ready' },
  reopen_refurbishment: { ready: 'in_refurbishment' },
  allocate: { ready: 'allocated' },
  record_return: { allocated: 'returned' },
  send_to_recycling: {
    received: 'to_recycle',
    awaiting_erasure: 'to_recycle',
    erased: 'to_recycle',
    in_refurbishment: 'to_recycle',
    ready: 'to_recycle',
    returned: 'to_recycle',
    quarantined: 'to_recycle',
    harvested: 'to_recycle',
  },
  recycle: { to_recycle: 'recycled' },
  harvest: { erased: 'harvested', in_refurbishment: 'harvested', ready: 'harvested', quarantined: 'harvested' },
  report_lost: {
    received: 'lost_stolen',
    awaiting_erasure: 'lost_stolen',
    erased: 'lost_stolen',
    in_refurbishment: 'lost_stolen',
    ready: 'lost_stolen',
    allocated: 'lost_stolen',
    returned: 'lost_stolen',
    to_recycle: 'lost_stolen',
    quarantined: 'lost_stolen',
    harvested: 'lost_stolen',
  },
  recover: { lost_stolen: 'awaiting_erasure' },
  void: { received: 'voided' },
};

/** Facts under which every guard holds except `erasure_failed`, which needs a failure. */
const proven: LifecycleFacts = {
  kind: 'laptop',
  drives: ['verified'],
  wholeDevice: 'none',
  qcPassed: true,
  graded: true,
  failingDrives: 0,
};
const failed: LifecycleFacts = { ...proven, drives: ['failed'] };

describe('lifecycle: every state x every action', () => {
  for (const state of DEVICE_STATES) {
    for (const action of DEVICE_ACTIONS) {
      const target = EXPECTED[action][state];
      it(`${action} from ${state} ${target ? `leads to ${target}` : 'is refused'}`, () => {
        const facts = action === 'quarantine' ? failed : proven;
        const verdict = evaluateAction(state, action, facts);
        if (target) expect(verdict).toEqual({ allowed: true, to: target });
        else expect(verdict).toEqual({ allowed: false, reason: 'action_not_allowed_in_state' });
      });
    }
  }

  it('recycled is terminal', () => {
    expect(DEVICE_ACTIONS.filter((action) => evaluateAction('recycled', action, proven).allowed)).toEqual([]);
  });
});

describe('lifecycle guards', () => {
  it('a device becomes ready only with every drive erased and verified, QC passed and a grade', () => {
    expect(evaluateAction('in_refurbishment', 'mark_ready', proven).allowed).toBe(true);
    const cases: [Partial<LifecycleFacts>, string][] = [
      [{ drives: ['verified', 'pending_verification'] }, 'guard_erasure_proven'],
      [{ drives: ['verified', 'none'] }, 'guard_erasure_proven'],
      [{ drives: ['failed'] }, 'guard_erasure_proven'],
      [{ qcPassed: false }, 'guard_qc_passed'],
      [{ graded: false }, 'guard_graded'],
      [{ failingDrives: 1 }, 'guard_drives_healthy'],
    ];
    for (const [change, reason] of cases) {
      expect(evaluateAction('in_refurbishment', 'mark_ready', { ...proven, ...change })).toEqual({
        allowed: false,
        reason,
      });
    }
  });

  it('tablets and phones are proven by a verified whole-device reset, not by their drives', () => {
    const tablet: LifecycleFacts = {
      kind: 'tablet',
      drives: ['none'],
      wholeDevice: 'verified',
      qcPassed: true,
      graded: true,
      failingDrives: 0,
    };
    expect(evaluateAction('awaiting_erasure', 'confirm_erasure', tablet).allowed).toBe(true);
    expect(
      evaluateAction('awaiting_erasure', 'confirm_erasure', { ...tablet, wholeDevice: 'pending_verification' }),
    ).toEqual({ allowed: false, reason: 'guard_erasure_proven' });
  });

  it('a computer recorded without drives needs a verified whole-device record', () => {
    const bare: LifecycleFacts = {
      kind: 'desktop',
      drives: [],
      wholeDevice: 'none',
      qcPassed: true,
      graded: true,
      failingDrives: 0,
    };
    expect(evaluateAction('awaiting_erasure', 'confirm_erasure', bare).allowed).toBe(false);
    expect(evaluateAction('awaiting_erasure', 'confirm_erasure', { ...bare, wholeDevice: 'verified' }).allowed).toBe(
      true,
    );
  });

  it('recycling and harvesting need sanitised media', () => {
    const unproven = { ...proven, drives: ['pending_verification'] as const };
    expect(evaluateAction('to_recycle', 'recycle', unproven)).toEqual({
      allowed: false,
      reason: 'guard_erasure_proven',
    });
    expect(evaluateAction('quarantined', 'harvest', failed)).toEqual({
      allowed: false,
      reason: 'guard_erasure_proven',
    });
  });

  it('quarantine needs a failed erasure', () => {
    expect(evaluateAction('awaiting_erasure', 'quarantine', proven)).toEqual({
      allowed: false,
      reason: 'guard_erasure_failed',
    });
  });
});

describe('actions offered on screen', () => {
  it('offers only direct actions whose guards hold', () => {
    expect(DIRECT_ACTIONS).not.toContain('allocate');
    expect(DIRECT_ACTIONS).not.toContain('recycle');
    expect(DIRECT_ACTIONS).not.toContain('record_return');
    const notGraded = { ...proven, graded: false };
    expect(allowedDirectActions('in_refurbishment', notGraded)).toEqual([
      'send_to_recycling',
      'harvest',
      'report_lost',
    ]);
    expect(allowedDirectActions('in_refurbishment', proven)).toEqual([
      'mark_ready',
      'send_to_recycling',
      'harvest',
      'report_lost',
    ]);
  });
});
