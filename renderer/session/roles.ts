import type { OperatorRole } from '../../shared/domain/values';
import type { T } from '../i18n/useT';

/** « technicien, coordinateur » */
export function rolesText(t: T, roles: readonly OperatorRole[]): string {
  return roles.map((role) => t(`role.${role}`)).join(', ');
}

/** Two letters for an operator's badge: « Camille Martin » → « CM ». */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words.at(-1)] : [words[0]];
  return letters
    .map((word) => (word ? (Array.from(word)[0] ?? '') : ''))
    .join('')
    .toUpperCase();
}
