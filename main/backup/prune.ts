import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { calendarDayIn } from '../../shared/format/dates';
import { readCatalogue, removeBackup } from './catalogue';
import { planRotation, type RemovalReason } from './rotation';

const ABANDONED_RECORD_MS = 60 * 60 * 1000;

/** Applies the rotation to a backup folder: deletes what the plan removes, files and records. Days are counted in `zone`. */
export function rotateFolder(
  folder: string,
  now: Date,
  retentionMonths: number,
  zone: string,
): { file: string; reason: RemovalReason }[] {
  const records = readCatalogue(folder);
  // A record whose file never arrived (a crash between the two) is dropped once surely abandoned.
  const present = records.filter((record) => {
    if (existsSync(join(folder, record.file))) return true;
    if (now.getTime() - Date.parse(record.takenAt) > ABANDONED_RECORD_MS) removeBackup(folder, record);
    return false;
  });
  const plan = planRotation(
    present.map((record) => ({
      file: record.file,
      takenAt: record.takenAt,
      day: calendarDayIn(new Date(record.takenAt), zone),
      kind: record.kind,
      status: record.status,
    })),
    calendarDayIn(now, zone),
    retentionMonths,
  );
  const byFile = new Map(present.map((record) => [record.file, record]));
  for (const { file } of plan.remove) {
    const record = byFile.get(file);
    if (record) removeBackup(folder, record);
  }
  return plan.remove;
}
