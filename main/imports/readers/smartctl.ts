/**
 * `smartctl --json` (smartmontools 7+; `-x`, `-a` or `--info --health --attributes`): one drive, its identity, type,
 * capacity and health. Also used for the smartctl output eReuse's workbench-script embeds in its snapshots.
 */
import type { ImportedDrive, ParsedImport } from '../../../shared/domain/import-records';
import type { DriveType } from '../../../shared/domain/values';
import { canonicalMake, isKnownVendor } from '../../../shared/domain/vendors';
import { arrayOf, emptyDevice, finiteNumber, Notes, objectOf, serialOf, text } from './common';
import { judgeHealth, type HealthCounters } from './drive-health';

function isOneSmartctlJson(json: unknown): boolean {
  const root = objectOf(json);
  return (
    root !== undefined &&
    objectOf(root.smartctl) !== undefined &&
    (root.model_name !== undefined || root.device !== undefined)
  );
}

/** True when `json` is smartctl's own output (it names itself in `smartctl.version`), or a list of them. */
export function isSmartctlJson(json: unknown): boolean {
  return Array.isArray(json) ? json.length > 0 && json.some(isOneSmartctlJson) : isOneSmartctlJson(json);
}

function driveType(root: Record<string, unknown>): DriveType | undefined {
  const protocol = text(objectOf(root.device)?.protocol)?.toLowerCase();
  if (protocol === 'nvme') return 'nvme';
  const rotation = finiteNumber(root.rotation_rate);
  if (rotation !== undefined) return rotation > 0 ? 'hdd' : 'ssd';
  const model = `${text(root.model_name) ?? ''} ${text(root.model_family) ?? ''}`;
  if (/\bSSD\b|solid state/i.test(model)) return 'ssd';
  return undefined;
}

function ataRawValue(root: Record<string, unknown>, ids: number[]): number | undefined {
  const table = arrayOf(objectOf(root.ata_smart_attributes)?.table);
  for (const entry of table) {
    const attribute = objectOf(entry);
    if (attribute && ids.includes(finiteNumber(attribute.id) ?? -1)) {
      return finiteNumber(objectOf(attribute.raw)?.value);
    }
  }
  return undefined;
}

function failingAttributes(root: Record<string, unknown>): string[] {
  return arrayOf(objectOf(root.ata_smart_attributes)?.table)
    .map(objectOf)
    .filter((attribute) => attribute !== undefined && text(attribute.when_failed) === 'now')
    .map((attribute) => text(attribute?.name) ?? String(attribute?.id));
}

function healthCounters(root: Record<string, unknown>): HealthCounters {
  const nvme = objectOf(root.nvme_smart_health_information_log);
  const passed = objectOf(root.smart_status)?.passed;
  const counters: HealthCounters = {
    failingAttributes: failingAttributes(root),
  };
  if (typeof passed === 'boolean') counters.smartPassed = passed;
  const hours =
    finiteNumber(objectOf(root.power_on_time)?.hours) ?? finiteNumber(nvme?.power_on_hours) ?? ataRawValue(root, [9]);
  if (hours !== undefined) counters.powerOnHours = hours;
  const reallocated = ataRawValue(root, [5]);
  if (reallocated !== undefined) counters.reallocatedSectors = reallocated;
  const pending = ataRawValue(root, [197]);
  if (pending !== undefined) counters.pendingSectors = pending;
  const uncorrectable = ataRawValue(root, [198]);
  if (uncorrectable !== undefined) counters.offlineUncorrectable = uncorrectable;
  if (nvme) {
    const used = finiteNumber(nvme.percentage_used);
    if (used !== undefined) counters.percentageUsed = used;
    const warning = finiteNumber(nvme.critical_warning);
    if (warning !== undefined) counters.nvmeCriticalWarning = warning;
    const mediaErrors = finiteNumber(nvme.media_errors);
    if (mediaErrors !== undefined) counters.nvmeMediaErrors = mediaErrors;
    const spare = finiteNumber(nvme.available_spare);
    const threshold = finiteNumber(nvme.available_spare_threshold);
    if (spare !== undefined && threshold !== undefined) {
      counters.availableSpare = spare;
      counters.availableSpareThreshold = threshold;
    }
  }
  return counters;
}

/** The make a drive's model names first (`SAMSUNG MZ7WD240HAFV`, `KXG60ZNV512G TOSHIBA`), when it is a known vendor. */
export function driveMake(model: string | undefined, family?: string): string | undefined {
  for (const source of [family, model]) {
    if (source === undefined) continue;
    const words = source.split(/[\s_]+/);
    for (const candidate of [words[0], words.at(-1), `${words[0] ?? ''} ${words[1] ?? ''}`]) {
      if (candidate && isKnownVendor(candidate)) return canonicalMake(candidate);
    }
  }
  return undefined;
}

/** One drive from one smartctl JSON object; warnings about it go to `notes`. */
export function driveFromSmartctl(root: Record<string, unknown>, notes: Notes, at?: number): ImportedDrive | undefined {
  const model = text(root.model_name) ?? text(root.scsi_model_name) ?? text(root.product);
  const serial = serialOf(root.serial_number, notes, at);
  if (model === undefined && serial === undefined) return undefined;
  const drive: ImportedDrive = {};
  const make = driveMake(model, text(root.model_family)) ?? text(root.vendor);
  if (make !== undefined) drive.make = make;
  if (model !== undefined) drive.model = model;
  if (serial !== undefined && serial.toUpperCase() !== 'REDACTED') drive.serial = serial;
  const type = driveType(root);
  if (type !== undefined) drive.type = type;
  const protocol = text(objectOf(root.device)?.protocol);
  if (protocol !== undefined) drive.bus = protocol.toUpperCase();
  const bytes = finiteNumber(objectOf(root.user_capacity)?.bytes) ?? finiteNumber(root.nvme_total_capacity);
  if (bytes !== undefined) drive.sizeBytes = bytes;
  const health = judgeHealth(healthCounters(root));
  if (health !== undefined) {
    drive.health = health;
    const name = drive.serial ?? drive.model ?? '?';
    if (health.failed) notes.warn('drive_health_failed', at, { drive: name, reasons: health.reasons.join(', ') });
    else if ((health.reallocatedSectors ?? 0) > 0) {
      notes.warn('drive_reallocated_sectors', at, { drive: name, count: health.reallocatedSectors ?? 0 });
    }
  }
  return drive;
}

/** One record holding the drive (or each drive of a list of smartctl outputs, as probes collect them). */
export function readSmartctlJson(json: unknown): ParsedImport {
  const roots = (Array.isArray(json) ? json : [json]).map(objectOf).filter((root) => root !== undefined);
  const notes = new Notes();
  const version = arrayOf(objectOf(roots[0]?.smartctl)?.version).join('.');
  const device = emptyDevice();
  roots.forEach((root, index) => {
    const drive = driveFromSmartctl(root, notes, roots.length > 1 ? index : undefined);
    if (drive) device.drives.push(drive);
  });
  return {
    format: 'smartctl_json',
    tool: version ? { name: 'smartctl', version } : { name: 'smartctl' },
    records: device.drives.length > 0 ? [device] : [],
    issues: notes.issues,
    warnings: notes.warnings,
  };
}
