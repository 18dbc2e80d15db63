import type { OperatorRole } from './values';

/** The roles an administrator may require a PIN for: those that verify erasures, see personal data or manage. */
export const PIN_GUARDED_ROLES = [
  'data_security_officer',
  'coordinator',
  'admin',
] as const satisfies readonly OperatorRole[];

export function holdsGuardedRole(roles: readonly OperatorRole[]): boolean {
  return roles.some((role) => (PIN_GUARDED_ROLES as readonly OperatorRole[]).includes(role));
}
