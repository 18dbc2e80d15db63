import { useMemo } from 'react';
import type { MethodName } from '../../shared/contract';
import type { OperatorRole } from '../../shared/domain/values';
import { useSession } from '../app/session';
import { METHOD_ROLES } from '../generated/contract-meta';

/** Whether an operator holding these roles may call the method, by the contract's own role list. */
export function canCall(roles: readonly OperatorRole[] | undefined, method: MethodName): boolean {
  const allowed: readonly OperatorRole[] | 'any' = METHOD_ROLES[method];
  if (!roles) return false;
  return allowed === 'any' || roles.some((role) => allowed.includes(role));
}

/**
 * Whether the operator at the station may call the method: screens hide what main would refuse. The roles come
 * from the contract (generated into `renderer/generated/contract-meta.ts`), never from a list kept here.
 */
export function useCan(method: MethodName): boolean {
  const { state } = useSession();
  const roles = state.operator?.roles;
  return useMemo(() => canCall(roles, method), [roles, method]);
}
