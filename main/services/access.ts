import type { AccessSettings } from '../../shared/contract/access';
import { holdsGuardedRole, PIN_GUARDED_ROLES } from '../../shared/domain/access';
import type { OperatorRole } from '../../shared/domain/values';
import { DomainError } from '../errors';
import type { Store } from '../store/store';
import { write, type Actor } from './unit-of-work';

const PIN_REQUIRED_KEY = 'pinRequiredForGuardedRoles';

export function pinRequired(store: Store): boolean {
  return store.settings.get(PIN_REQUIRED_KEY) === '1';
}

export function readAccessSettings(store: Store): AccessSettings {
  return { pinRequired: pinRequired(store), guardedRoles: [...PIN_GUARDED_ROLES] };
}

/** With the rule on, an operator of a guarded role without a PIN may not sign in, nor go on working if signed in. */
export function checkMayWork(
  store: Store,
  operator: { name: string; roles: readonly OperatorRole[]; hasPin: boolean },
): void {
  if (!operator.hasPin && holdsGuardedRole(operator.roles) && pinRequired(store)) {
    throw new DomainError('pin_required_to_sign_in', { name: operator.name }, 'operatorId');
  }
}

/** Whether this operator, as they would be saved, breaks the "PIN required" rule. */
export function needsPinToBeSaved(
  store: Store,
  operator: { roles: readonly OperatorRole[]; active: boolean; hasPin: boolean },
): boolean {
  return operator.active && !operator.hasPin && holdsGuardedRole(operator.roles) && pinRequired(store);
}

export function checkPinRule(
  store: Store,
  operator: { roles: readonly OperatorRole[]; active: boolean; hasPin: boolean },
): void {
  if (needsPinToBeSaved(store, operator)) {
    throw new DomainError('pin_required_for_role', { roles: PIN_GUARDED_ROLES.map((role) => `role.${role}`) }, 'pin');
  }
}

/** With the rule on, someone must still be able to sign in and manage operators. */
export function checkAnAdminCanSignIn(store: Store): void {
  if (!pinRequired(store)) return;
  const admins = store.people.listOperators().filter((operator) => operator.active && operator.roles.includes('admin'));
  if (!admins.some((admin) => admin.hasPin)) throw new DomainError('pin_required_admin', {}, 'pinRequired');
}

/**
 * Turning the rule on is refused while the administrator doing it has no PIN, so that the one who set it can still
 * sign in afterwards and give the others theirs.
 */
export function updateAccessSettings(store: Store, actor: Actor, input: { pinRequired: boolean }): AccessSettings {
  return write(store, actor, (tx) => {
    if (input.pinRequired && !store.people.getOperator(actor.id)?.hasPin) {
      throw new DomainError('pin_required_admin', {}, 'pinRequired');
    }
    store.settings.set(PIN_REQUIRED_KEY, input.pinRequired ? '1' : '0');
    tx.record('settings', 1, 'settings.updated', { pinRequiredForGuardedRoles: input.pinRequired });
    return readAccessSettings(store);
  });
}
