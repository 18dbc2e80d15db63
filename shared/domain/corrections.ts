import type { OperatorRole } from './values';

/**
 * Who may correct a device's identity or void a record made by mistake: both change what duplicate detection and
 * the counts see, so the roles that answer for the inventory (the data-security officer, who answers for the
 * traceability of every device holding data; the coordinator; the administrator). A technician asks one of them.
 */
export const CORRECTOR_ROLES = [
  'data_security_officer',
  'coordinator',
  'admin',
] as const satisfies readonly OperatorRole[];

export function mayCorrect(roles: readonly OperatorRole[]): boolean {
  return roles.some((role) => (CORRECTOR_ROLES as readonly OperatorRole[]).includes(role));
}
