/**
 * Which backups to keep: a pure function of the catalogue and the day, unit-tested with many dates.
 *
 * Verified backups: the 3 most recent (so the one taken before an anonymisation run survives the next backup of
 * the same day), the newest of each of the 7 most recent days that have one, of each of the 5 most recent ISO
 * weeks, and of each of the 12 most recent months (a backup may fill several of these). Failed backups go
 * after a week. And whatever its kind, a backup from before the anonymisation period is deleted, so that a person
 * anonymised in the database does not live on in an old copy.
 */
import { addDays, addMonths } from '../../shared/domain/lending';

export interface RotationPolicy {
  latest: number;
  daily: number;
  weekly: number;
  monthly: number;
  /** Days a failed backup stays for inspection. */
  failedDays: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { latest: 3, daily: 7, weekly: 5, monthly: 12, failedDays: 7 };

export interface RotationEntry {
  file: string;
  /** The instant, to order backups of the same day. */
  takenAt: string;
  /** Its calendar day where the site is, `YYYY-MM-DD`. */
  day: string;
  kind: 'backup' | 'safety';
  status: 'verified' | 'failed' | 'unverified';
}

export type RemovalReason = 'rotation' | 'retention' | 'failed';

export interface RotationPlan {
  keep: string[];
  remove: { file: string; reason: RemovalReason }[];
}

/** `2026-12-03` → `2026-W49`: ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday). */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function newestPerPeriod(
  backups: readonly RotationEntry[],
  periodOf: (day: string) => string,
  count: number,
): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const backup of backups) {
    if (seen.size >= count) break;
    const period = periodOf(backup.day);
    if (seen.has(period)) continue;
    seen.add(period);
    kept.push(backup.file);
  }
  return kept;
}

/** `today` and `retentionMonths` from the anonymisation setting decide; nothing here reads a clock. */
export function planRotation(
  entries: readonly RotationEntry[],
  today: string,
  retentionMonths: number,
  policy: RotationPolicy = DEFAULT_ROTATION,
): RotationPlan {
  const retentionCutoff = addMonths(today, -retentionMonths);
  const failedCutoff = addDays(today, -policy.failedDays);
  const remove: RotationPlan['remove'] = [];
  const candidates: RotationEntry[] = [];
  const keep = new Set<string>();
  for (const entry of entries) {
    if (entry.day < retentionCutoff) remove.push({ file: entry.file, reason: 'retention' });
    else if (entry.kind === 'safety') keep.add(entry.file);
    else if (entry.status !== 'verified') {
      if (entry.day < failedCutoff) remove.push({ file: entry.file, reason: 'failed' });
      else keep.add(entry.file);
    } else candidates.push(entry);
  }
  const newestFirst = [...candidates].sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
  for (const file of [
    ...newestFirst.slice(0, policy.latest).map((entry) => entry.file),
    ...newestPerPeriod(newestFirst, (day) => day, policy.daily),
    ...newestPerPeriod(newestFirst, isoWeek, policy.weekly),
    ...newestPerPeriod(newestFirst, (day) => day.slice(0, 7), policy.monthly),
  ]) {
    keep.add(file);
  }
  for (const entry of newestFirst) if (!keep.has(entry.file)) remove.push({ file: entry.file, reason: 'rotation' });
  return { keep: entries.map((entry) => entry.file).filter((file) => keep.has(file)), remove };
}
