/**
 * The device lifecycle: every state, every action, where each action may start, where it leads and what must be
 * true first. Main enforces it; the renderer asks it which actions to offer. Nothing else moves a device.
 */
import { WHOLE_DEVICE_ERASURE_KINDS, type DeviceKind } from './values';

export const DEVICE_STATES = [
  'received',
  'awaiting_erasure',
  'erased',
  'in_refurbishment',
  'ready',
  'allocated',
  'returned',
  'to_recycle',
  'recycled',
  'quarantined',
  'lost_stolen',
  'harvested',
  'voided',
] as const;
export type DeviceState = (typeof DEVICE_STATES)[number];

/** A device recorded by mistake: it keeps its history and its asset tag, but is no longer counted or listed. */
export const VOIDED_STATE = 'voided' satisfies DeviceState;
/** The states counted and listed by default (dashboard, inventory, batch counts): every state but voided. */
export const COUNTED_STATES: readonly DeviceState[] = DEVICE_STATES.filter((state) => state !== VOIDED_STATE);

/** What became of a drive taken out of its device. */
export const DRIVE_REMOVAL_REASONS = ['removed', 'replaced'] as const;
export type DriveRemovalReason = (typeof DRIVE_REMOVAL_REASONS)[number];

/** States in which the device is on the bench, so its drives may be taken out or replaced (not in stock as ready, nor gone). */
export const DRIVE_CHANGE_STATES: readonly DeviceState[] = [
  'received',
  'awaiting_erasure',
  'erased',
  'in_refurbishment',
  'quarantined',
  'returned',
];

/** The erasure state of one drive, or of the whole device for tablets and phones: its latest record decides. */
export type MediaErasureState = 'none' | 'pending_verification' | 'verified' | 'failed';

export interface LifecycleFacts {
  kind: DeviceKind;
  /** One entry per drive of the device. */
  drives: readonly MediaErasureState[];
  /** Records made for the device as a whole (factory reset, or a device recorded without drives). */
  wholeDevice: MediaErasureState;
  qcPassed: boolean;
  graded: boolean;
  /** Drives whose health check failed and that are neither destroyed nor replaced: the device cannot be ready. */
  failingDrives: number;
}

export type Guard = 'erasure_proven' | 'erasure_failed' | 'qc_passed' | 'graded' | 'drives_healthy';

/**
 * Actions completed by another desk's record (a loan, a return, a recycler's pickup) or by a correction with its
 * reason (voiding an intake error), not by a bare click.
 */
export type ActionRecord = 'lending' | 'recycling' | 'correction';

interface ActionRule {
  from: readonly DeviceState[];
  to: DeviceState;
  guards: readonly Guard[];
  record?: ActionRecord;
}

const IN_STOCK: readonly DeviceState[] = [
  'received',
  'awaiting_erasure',
  'erased',
  'in_refurbishment',
  'ready',
  'returned',
  'quarantined',
];

const RULES = {
  queue_erasure: { from: ['received', 'returned'], to: 'awaiting_erasure', guards: [] },
  confirm_erasure: { from: ['awaiting_erasure'], to: 'erased', guards: ['erasure_proven'] },
  quarantine: { from: ['awaiting_erasure'], to: 'quarantined', guards: ['erasure_failed'] },
  retry_erasure: { from: ['quarantined'], to: 'awaiting_erasure', guards: [] },
  start_refurbishment: { from: ['erased'], to: 'in_refurbishment', guards: [] },
  mark_ready: {
    from: ['in_refurbishment'],
    to: 'ready',
    guards: ['erasure_proven', 'qc_passed', 'graded', 'drives_healthy'],
  },
  reopen_refurbishment: { from: ['ready'], to: 'in_refurbishment', guards: [] },
  allocate: { from: ['ready'], to: 'allocated', guards: ['erasure_proven'], record: 'lending' },
  record_return: { from: ['allocated'], to: 'returned', guards: [], record: 'lending' },
  send_to_recycling: { from: [...IN_STOCK, 'harvested'], to: 'to_recycle', guards: [] },
  recycle: { from: ['to_recycle'], to: 'recycled', guards: ['erasure_proven'], record: 'recycling' },
  harvest: {
    from: ['erased', 'in_refurbishment', 'ready', 'quarantined'],
    to: 'harvested',
    guards: ['erasure_proven'],
  },
  report_lost: { from: [...IN_STOCK, 'allocated', 'to_recycle', 'harvested'], to: 'lost_stolen', guards: [] },
  recover: { from: ['lost_stolen'], to: 'awaiting_erasure', guards: [] },
  void: { from: ['received'], to: 'voided', guards: [], record: 'correction' },
} as const satisfies Record<string, ActionRule>;

export type DeviceAction = keyof typeof RULES;
export const DEVICE_ACTIONS = Object.keys(RULES) as DeviceAction[];

/** Actions a person triggers directly on a device; the others come with a desk's record. */
export const DIRECT_ACTIONS = DEVICE_ACTIONS.filter((action) => !('record' in RULES[action]));

export type LifecycleRefusal = 'action_not_allowed_in_state' | `guard_${Guard}`;

export type ActionVerdict = { allowed: true; to: DeviceState } | { allowed: false; reason: LifecycleRefusal };

export function erasureSubjects(facts: LifecycleFacts): readonly MediaErasureState[] {
  if (WHOLE_DEVICE_ERASURE_KINDS.includes(facts.kind) || facts.drives.length === 0) return [facts.wholeDevice];
  return facts.drives;
}

export function isErasureProven(facts: LifecycleFacts): boolean {
  return erasureSubjects(facts).every((state) => state === 'verified');
}

export function hasErasureFailed(facts: LifecycleFacts): boolean {
  return erasureSubjects(facts).some((state) => state === 'failed');
}

const GUARD_CHECKS: Record<Guard, (facts: LifecycleFacts) => boolean> = {
  erasure_proven: isErasureProven,
  erasure_failed: hasErasureFailed,
  qc_passed: (facts) => facts.qcPassed,
  graded: (facts) => facts.graded,
  drives_healthy: (facts) => facts.failingDrives === 0,
};

export function evaluateAction(state: DeviceState, action: DeviceAction, facts: LifecycleFacts): ActionVerdict {
  const rule: ActionRule = RULES[action];
  if (!rule.from.includes(state)) return { allowed: false, reason: 'action_not_allowed_in_state' };
  const failed = rule.guards.find((guard) => !GUARD_CHECKS[guard](facts));
  if (failed) return { allowed: false, reason: `guard_${failed}` };
  return { allowed: true, to: rule.to };
}

export function actionRecord(action: DeviceAction): ActionRecord | null {
  const rule: ActionRule = RULES[action];
  return rule.record ?? null;
}

/** Actions that start from this state, whether or not their guards hold today. */
export function actionsFrom(state: DeviceState): DeviceAction[] {
  return DEVICE_ACTIONS.filter((action) => (RULES[action].from as readonly DeviceState[]).includes(state));
}

/** What to offer on screen: the direct actions that would succeed now. */
export function allowedDirectActions(state: DeviceState, facts: LifecycleFacts): DeviceAction[] {
  return DIRECT_ACTIONS.filter((action) => evaluateAction(state, action, facts).allowed);
}

export function isInStock(state: DeviceState): boolean {
  return IN_STOCK.includes(state);
}
