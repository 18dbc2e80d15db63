/**
 * The life of a prepaid SIM card: every state, every action, where each may start and where it leads, and how its
 * expiry date follows from its top-ups. Main enforces it; the renderer asks it which actions to offer.
 */
import { addDays } from './lending';

export const SIM_STATES = ['in_stock', 'allocated', 'active', 'expired', 'returned', 'deactivated'] as const;
export type SimState = (typeof SIM_STATES)[number];

interface SimRule {
  from: readonly SimState[];
  to: SimState;
  /** Done by the handover or returns desk with its record, never by a bare click. */
  record?: 'lending';
}

const SIM_RULES = {
  allocate: { from: ['in_stock'], to: 'allocated', record: 'lending' },
  /** The recipient's line is live (first call, operator activation). */
  activate: { from: ['allocated'], to: 'active' },
  /** The plan's validity ran out. */
  expire: { from: ['allocated', 'active'], to: 'expired' },
  /** A top-up brought an expired line back. */
  reactivate: { from: ['expired'], to: 'active' },
  return: { from: ['allocated', 'active', 'expired'], to: 'returned', record: 'lending' },
  restock: { from: ['returned'], to: 'in_stock' },
  /** The line is cut for good (lost card, operator closure, returned unusable). */
  deactivate: { from: ['in_stock', 'allocated', 'active', 'expired', 'returned'], to: 'deactivated' },
} as const satisfies Record<string, SimRule>;

export type SimAction = keyof typeof SIM_RULES;
export const SIM_ACTIONS = Object.keys(SIM_RULES) as SimAction[];

/** Actions a coordinator may apply directly; `allocate` and `return` come with a handover or a return. */
export const SIM_DIRECT_ACTIONS = SIM_ACTIONS.filter((action) => !('record' in SIM_RULES[action]));

export type SimVerdict = { allowed: true; to: SimState } | { allowed: false; reason: 'sim_action_not_allowed' };

export function evaluateSimAction(state: SimState, action: SimAction): SimVerdict {
  const rule: SimRule = SIM_RULES[action];
  return rule.from.includes(state)
    ? { allowed: true, to: rule.to }
    : { allowed: false, reason: 'sim_action_not_allowed' };
}

export function simActionsFrom(state: SimState, directOnly = true): SimAction[] {
  return (directOnly ? SIM_DIRECT_ACTIONS : SIM_ACTIONS).filter((action) => evaluateSimAction(state, action).allowed);
}

/** Credit can be added to a card in stock or out with someone; not to one handed back or cut. */
export function canTopUp(state: SimState): boolean {
  return state === 'in_stock' || state === 'allocated' || state === 'active' || state === 'expired';
}

export interface TopUpTerm {
  /** The day the credit was added, `YYYY-MM-DD`. */
  on: string;
  validityDays: number;
}

/**
 * The day the line stops: each top-up extends from the later of the previous expiry and its own date, so credit
 * bought early stacks and credit bought after a lapse starts afresh. Null before the first top-up.
 */
export function computeSimExpiry(topUps: readonly TopUpTerm[]): string | null {
  const ordered = [...topUps].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  let expiry: string | null = null;
  for (const topUp of ordered) {
    const start = expiry !== null && expiry > topUp.on ? expiry : topUp.on;
    expiry = addDays(start, topUp.validityDays);
  }
  return expiry;
}
