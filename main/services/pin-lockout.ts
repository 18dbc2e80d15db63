/** How many wrong PINs in a row are forgiven before each further one makes the operator wait. */
export const FREE_PIN_FAILURES = 5;
export const FIRST_LOCKOUT_MS = 30_000;
export const MAX_LOCKOUT_MS = 15 * 60_000;

/** The wait after the `failures`-th wrong PIN in a row: none for the first five, then 30 s doubling up to 15 min. */
export function lockoutMs(failures: number): number {
  if (failures < FREE_PIN_FAILURES) return 0;
  return Math.min(FIRST_LOCKOUT_MS * 2 ** (failures - FREE_PIN_FAILURES), MAX_LOCKOUT_MS);
}

/** "45 s" or "3 min", rounded up: the same in French and English. */
export function formatWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 60 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
}

/** A wall-clock time in the organisation's zone, `14:05:30`: written the same in French and English. */
export function formatClockTime(at: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(at);
}
