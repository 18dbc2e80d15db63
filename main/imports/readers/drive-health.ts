/**
 * One verdict for a drive's health, whichever tool measured it. `failed` means the medium cannot be trusted with
 * data: the drive's own self-assessment failed, or a counter that only grows on a dying medium is above zero
 * (pending or uncorrectable sectors, NVMe media errors, critical warnings, spare below its threshold, endurance
 * used up). Reallocated sectors alone are a warning: a drive remaps a few sectors over a normal life.
 */
import type { DriveHealth } from '../../../shared/domain/import-records';

export interface HealthCounters {
  smartPassed?: boolean;
  powerOnHours?: number;
  reallocatedSectors?: number;
  pendingSectors?: number;
  offlineUncorrectable?: number;
  percentageUsed?: number;
  nvmeCriticalWarning?: number;
  nvmeMediaErrors?: number;
  availableSpare?: number;
  availableSpareThreshold?: number;
  /** ATA attributes whose normalised value has reached their failure threshold, by name. */
  failingAttributes?: string[];
}

export function judgeHealth(counters: HealthCounters): DriveHealth | undefined {
  const reasons: string[] = [];
  if (counters.smartPassed === false) reasons.push('smart_failed');
  if ((counters.nvmeCriticalWarning ?? 0) > 0) reasons.push('nvme_critical_warning');
  if ((counters.nvmeMediaErrors ?? 0) > 0) reasons.push('media_errors');
  if ((counters.pendingSectors ?? 0) > 0) reasons.push('pending_sectors');
  if ((counters.offlineUncorrectable ?? 0) > 0) reasons.push('offline_uncorrectable');
  if ((counters.percentageUsed ?? 0) >= 100) reasons.push('endurance_used');
  if (
    counters.availableSpare !== undefined &&
    counters.availableSpareThreshold !== undefined &&
    counters.availableSpare < counters.availableSpareThreshold
  ) {
    reasons.push('spare_below_threshold');
  }
  if ((counters.failingAttributes ?? []).length > 0) reasons.push('attribute_failing');

  const health: DriveHealth = { failed: reasons.length > 0, reasons };
  if (counters.smartPassed !== undefined) health.smartPassed = counters.smartPassed;
  if (counters.powerOnHours !== undefined) health.powerOnHours = counters.powerOnHours;
  if (counters.reallocatedSectors !== undefined) health.reallocatedSectors = counters.reallocatedSectors;
  if (counters.pendingSectors !== undefined) health.pendingSectors = counters.pendingSectors;
  if (counters.percentageUsed !== undefined) health.percentageUsed = counters.percentageUsed;
  const measuredNothing = Object.keys(health).length === 2 && !health.failed;
  return measuredNothing ? undefined : health;
}
