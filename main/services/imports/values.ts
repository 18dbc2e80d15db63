/**
 * Imported facts in Rebond's terms: the make through the vendor table, drive types and capacities, an erasure's
 * result, verification and times. Pure functions; the station's zone is the process's (times without zone).
 */
import type { ImportedDrive, ImportedErasure } from '../../../shared/domain/import-records';
import { canonicalMake } from '../../../shared/domain/vendors';
import type { DriveType, ErasureResult, VerificationKind } from '../../../shared/domain/values';

export function importedMake(raw: string | undefined): string {
  return canonicalMake(raw ?? '');
}

export function driveType(drive: ImportedDrive): DriveType {
  return drive.type ?? 'other';
}

export function capacityGb(drive: ImportedDrive): number | null {
  return drive.sizeBytes === undefined ? null : Math.round(drive.sizeBytes / 1e9);
}

/** Only the tool's status says whether it succeeded: an aborted wipe can show 100 % bytes erased. */
export function erasureResult(erasure: ImportedErasure): ErasureResult {
  return erasure.status === 'erased' ? 'success' : 'failed';
}

/** nwipe's "verify last pass" reads the whole drive back, as "verify all passes" does. */
export function verificationKind(erasure: ImportedErasure): VerificationKind {
  return erasure.verification === undefined || erasure.verification === 'none' ? 'none' : 'full';
}

const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/;

/** ISO with its offset kept; a local time without zone (nwipe) is taken in the station's zone. */
export function stationTime(value: string | undefined, fallback: string): string {
  if (value === undefined || value === '') return fallback;
  const date = new Date(HAS_ZONE.test(value) ? value : value.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? fallback : date.toISOString();
}

export function driveLabel(drive: { serial?: string | undefined; model?: string | undefined }): string {
  return [drive.model, drive.serial].filter((part) => part !== undefined && part !== '').join(' ') || '?';
}
