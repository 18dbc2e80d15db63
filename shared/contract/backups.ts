import { z } from 'zod';
import { method } from './define';

/** Why a backup was taken; shown in the list. */
export const BACKUP_REASONS = [
  'startup',
  'daily',
  'manual',
  'before_migration',
  'before_anonymisation',
  'before_restore',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * `verified`: written, reopened read-only and checked; `failed`: written but a check failed (kept for inspection,
 * never restored, never counted); `unverified`: the copy of the database kept before a restore, as it was.
 */
export type BackupStatus = 'verified' | 'failed' | 'unverified';

/** What went wrong with a backup, as a code (`backups.problem.<code>` translates it) and SQLite's own words. */
export const BACKUP_PROBLEMS = [
  'damaged',
  'too_new',
  'integrity',
  'foreign_keys',
  'chain',
  'sha256_mismatch',
  'missing_file',
] as const;
export type BackupProblem = (typeof BACKUP_PROBLEMS)[number];

/** One backup as recorded beside it, in the backup folder (a JSON file per backup), never in the database. */
export interface BackupRecord {
  format: 1;
  /** The backup's file name in its folder. */
  file: string;
  /** Other files that belong to it (the `-wal` of a copy kept before a restore). */
  extraFiles: string[];
  kind: 'backup' | 'safety';
  reason: BackupReason;
  takenAt: string;
  status: BackupStatus;
  problem: BackupProblem | null;
  detail: string | null;
  size: number;
  sha256: string;
  schemaVersion: number | null;
  /** The last event when the backup was taken: `check` verifies later that the log still holds it. */
  chainHead: { id: number; hash: string } | null;
  events: number | null;
}

export interface BackupOverview {
  /** Where backups go now. */
  folder: string;
  defaultFolder: string;
  /** The folder an administrator set, or null for the default. */
  customFolder: string | null;
  warnAfterDays: number;
  lastVerified: BackupRecord | null;
  /** No verified backup for `warnAfterDays` days (or none at all). */
  overdue: boolean;
  /** Newest first. */
  backups: BackupRecord[];
}

export const DEFAULT_BACKUP_WARN_DAYS = 2;

const ADMIN = ['admin'] as const;

export const backupsContract = {
  'backups.overview': method<BackupOverview>()({ input: z.object({}), roles: ADMIN }),
  'backups.takeNow': method<BackupRecord>()({ input: z.object({}), roles: ADMIN }),
  'backups.saveSettings': method<BackupOverview>()({
    input: z.object({
      /** An absolute path to an existing, writable folder; empty or null for the data folder's `backups`. */
      folder: z
        .string()
        .trim()
        .max(1000)
        .nullable()
        .transform((value) => (value === '' ? null : value)),
      warnAfterDays: z.number().int().min(1).max(90),
    }),
    roles: ADMIN,
  }),
};
