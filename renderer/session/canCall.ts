import type { MethodName } from '../../shared/contract';
import type { OperatorRole } from '../../shared/domain/values';
import { METHOD_ROLES } from '../generated/contract-meta';

/** Whether an operator holding these roles may call the method, by the contract's own role list. */
export function canCall(roles: readonly OperatorRole[] | undefined, method: MethodName): boolean {
  const allowed: readonly OperatorRole[] | 'any' = METHOD_ROLES[method];
  if (!roles) return false;
  return allowed === 'any' || roles.some((role) => allowed.includes(role));
}
