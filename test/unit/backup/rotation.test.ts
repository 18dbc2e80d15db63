import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/lending';
import { isoWeek, planRotation, type RotationEntry } from '../../../main/backup/rotation';

function backup(
  day: string,
  time = '03:00',
  status: RotationEntry['status'] = 'verified',
  kind: RotationEntry['kind'] = 'backup',
): RotationEntry {
  return { file: `rebond-${day}T${time}.sqlite`, takenAt: `${day}T${time}:00.000Z`, day, kind, status };
}

/** One verified backup a day for `days` days up to `today`. */
function everyDay(today: string, days: number): RotationEntry[] {
  return Array.from({ length: days }, (_, index) => backup(addDays(today, -index)));
}

const kept = (entries: RotationEntry[], today: string, months = 24) =>
  new Set(planRotation(entries, today, months).keep);

describe('ISO weeks', () => {
  it.each([
    ['2026-12-03', '2026-W49'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-06-15', '2026-W25'],
    ['2026-06-21', '2026-W25'],
  ])('%s is in %s', (day, week) => {
    expect(isoWeek(day)).toBe(week);
  });
});

describe('rotation: the 3 latest, 7 daily, 5 weekly, 12 monthly', () => {
  it('keeps everything while there are fewer backups than slots', () => {
    const entries = everyDay('2026-12-03', 5);
    expect(planRotation(entries, '2026-12-03', 24)).toEqual({ keep: entries.map((entry) => entry.file), remove: [] });
  });

  it('after a year of daily backups keeps the last 7 days, the last of 5 weeks and of 12 months', () => {
    const today = '2026-12-03';
    const entries = everyDay(today, 400);
    const keep = kept(entries, today);
    const days = [...keep].map((file) => file.slice(7, 17)).sort();
    // The 7 most recent days.
    for (let index = 0; index < 7; index += 1) expect(keep.has(backup(addDays(today, -index)).file)).toBe(true);
    // The newest of each of the 5 most recent ISO weeks: Sundays before this week, this week's newest being today.
    for (const sunday of ['2026-11-29', '2026-11-22', '2026-11-15', '2026-11-08']) expect(days).toContain(sunday);
    // The newest of each of the 12 most recent months: month ends, this month's being today.
    for (const monthEnd of ['2026-11-30', '2026-10-31', '2026-09-30', '2026-02-28', '2026-01-31'])
      expect(days).toContain(monthEnd);
    expect(days).not.toContain('2025-12-31');
    // 7 daily + up to 4 more weeks + up to 11 more months, some backups filling two slots.
    expect(keep.size).toBeLessThanOrEqual(3 + 7 + 5 + 12);
    expect(keep.size).toBeGreaterThanOrEqual(12 + 4);
    expect(planRotation(entries, today, 24).remove).toHaveLength(400 - keep.size);
  });

  it('keeps the 3 latest backups, then the newest of a day', () => {
    const today = '2026-12-03';
    const yesterday = addDays(today, -1);
    const entries = [
      backup(today, '08:00'),
      backup(today, '20:00'),
      backup(today, '12:00'),
      backup(yesterday, '08:00'),
      backup(yesterday, '18:00'),
    ];
    const plan = planRotation(entries, today, 24);
    expect(plan.keep).toEqual(
      [backup(today, '08:00'), backup(today, '20:00'), backup(today, '12:00'), backup(yesterday, '18:00')].map(
        (entry) => entry.file,
      ),
    );
    expect(plan.remove).toEqual([{ file: backup(yesterday, '08:00').file, reason: 'rotation' }]);
  });

  it('counts days that have a backup, so a site closed for weeks still keeps 7 dailies', () => {
    const today = '2026-12-03';
    const entries = [0, 1, 2, 30, 31, 32, 33, 34, 60].map((ago) => backup(addDays(today, -ago)));
    const keep = kept(entries, today);
    // Dailies: the 7 most recent days with a backup (0 to 33 days ago); 60 days ago is the newest of its week;
    // 34 days ago (a Friday) is neither a daily, nor the newest of its week (Sunday 32), nor of October (the 31st, 33).
    const ago = (days: number) => backup(addDays(today, -days)).file;
    expect(keep).toEqual(new Set([0, 1, 2, 30, 31, 32, 33, 60].map(ago)));
  });

  it('is stable: rotating what it kept removes nothing more', () => {
    for (const today of ['2026-01-01', '2026-03-31', '2026-07-15', '2026-12-31', '2028-02-29']) {
      const entries = everyDay(today, 500);
      const first = planRotation(entries, today, 36);
      const survivors = entries.filter((entry) => first.keep.includes(entry.file));
      expect(planRotation(survivors, today, 36).remove).toEqual([]);
    }
  });

  it('never keeps more than 27 verified backups, whatever the history', () => {
    for (const today of ['2026-01-05', '2026-05-17', '2026-09-30', '2027-02-01']) {
      for (const step of [1, 2, 3, 5, 8, 13]) {
        const entries = Array.from({ length: 300 }, (_, index) => backup(addDays(today, -index * step)));
        expect(kept(entries, today, 120).size).toBeLessThanOrEqual(27);
      }
    }
  });
});

describe('rotation: retention and failed backups', () => {
  it('deletes every backup older than the anonymisation period, monthly ones included', () => {
    const today = '2026-12-03';
    const entries = everyDay(today, 400);
    const plan = planRotation(entries, today, 6);
    const retained = plan.keep.map((file) => file.slice(7, 17));
    expect(retained.every((day) => day >= '2026-06-03')).toBe(true);
    expect(plan.remove.filter((removal) => removal.reason === 'retention')).toHaveLength(
      entries.filter((entry) => entry.day < '2026-06-03').length,
    );
  });

  it('applies the retention period to the copies kept before a restore, and keeps them until then', () => {
    const today = '2026-12-03';
    const recent = backup('2026-11-01', '10:00', 'unverified', 'safety');
    const old = backup('2024-11-01', '10:00', 'unverified', 'safety');
    const plan = planRotation([recent, old], today, 24);
    expect(plan.keep).toEqual([recent.file]);
    expect(plan.remove).toEqual([{ file: old.file, reason: 'retention' }]);
  });

  it('keeps a failed backup a week for inspection, never in a slot, then deletes it', () => {
    const today = '2026-12-03';
    const failedRecent = backup('2026-12-01', '03:00', 'failed');
    const failedOld = backup('2026-11-20', '03:00', 'failed');
    const good = backup('2026-12-01', '02:00');
    const plan = planRotation([failedRecent, failedOld, good], today, 24);
    expect(new Set(plan.keep)).toEqual(new Set([failedRecent.file, good.file]));
    expect(plan.remove).toEqual([{ file: failedOld.file, reason: 'failed' }]);
  });
});
