import { useMemo } from 'react';
import { LENDING_MANAGER_ROLES } from '../../../shared/domain/lending';
import type { OperatorRole } from '../../../shared/domain/values';
import { useSession } from '../../app/session';

export { RETENTION_ROLES } from '../../../shared/domain/lending';

/** Who manages lending: the contract's coordination roles. */
export const COORDINATION_ROLES: readonly OperatorRole[] = LENDING_MANAGER_ROLES;

/**
 * Who may open the read-only lending screens: technicians take SIM cards and devices back at the returns desk,
 * so they may look a card or a person up (main masks contact details for them).
 */
export const LENDING_READER_ROLES: readonly OperatorRole[] = ['technician', ...LENDING_MANAGER_ROLES];

/** Whether the operator at the station holds one of these roles; the screens hide what main would refuse. */
export function useHasRole(allowed: readonly OperatorRole[]): boolean {
  const { state } = useSession();
  const roles = state.operator?.roles;
  return useMemo(() => (roles ?? []).some((role) => allowed.includes(role)), [roles, allowed]);
}

export function useCanCoordinate(): boolean {
  return useHasRole(COORDINATION_ROLES);
}
