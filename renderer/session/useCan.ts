import { useMemo } from 'react';
import type { MethodName } from '../../shared/contract';
import { useSession } from '../app/session';
import { canCall } from './canCall';

export { canCall } from './canCall';

/**
 * Whether the operator at the station may call the method: screens hide what main would refuse. The roles come
 * from the contract (generated into `renderer/generated/contract-meta.ts`), never from a list kept here.
 */
export function useCan(method: MethodName): boolean {
  const { state } = useSession();
  const roles = state.operator?.roles;
  return useMemo(() => canCall(roles, method), [roles, method]);
}
