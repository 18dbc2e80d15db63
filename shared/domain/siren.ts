/** The SIREN, the nine-digit number of a French company, its last digit a Luhn key. */

/** The digits as typed, without the spaces or dots people group them with (`123 456 789`). */
export function normaliseSiren(typed: string): string {
  return typed.replace(/[\s.\u00a0\u202f]/g, '');
}

/** Nine digits whose Luhn sum is a multiple of 10 (every second digit from the right doubled). */
export function isValidSiren(siren: string): boolean {
  if (!/^\d{9}$/.test(siren)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index += 1) {
    let digit = Number(siren[8 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** `732 829 320`, as printed. */
export function formatSiren(siren: string): string {
  return `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`;
}
