import { actionsFrom, DIRECT_ACTIONS, type DeviceAction, type DeviceState } from '../../shared/domain/lifecycle';

/** Actions that take a device out of circulation: always confirmed, with Cancel focused first. */
const DESTRUCTIVE: readonly DeviceAction[] = ['report_lost', 'send_to_recycling', 'harvest', 'quarantine'];

export function isDestructiveAction(action: DeviceAction): boolean {
  return DESTRUCTIVE.includes(action);
}

/**
 * The direct actions that may start from every one of these states. List rows carry no guard facts, so an
 * action offered here can still be refused for one device (missing erasure proof…): main then says which.
 */
export function actionsForAllStates(states: Iterable<DeviceState>): DeviceAction[] {
  const distinct = [...new Set(states)];
  if (distinct.length === 0) return [];
  return DIRECT_ACTIONS.filter((action) => distinct.every((state) => actionsFrom(state).includes(action)));
}
