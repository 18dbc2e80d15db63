import type { Beneficiary } from '../../../shared/contract/lending-types';

/** « Léa Martin », or null when no name is held (never given, or anonymised). */
export function personName(person: Pick<Beneficiary, 'firstName' | 'lastName'>): string | null {
  const name = [person.firstName, person.lastName].filter(Boolean).join(' ');
  return name === '' ? null : name;
}
