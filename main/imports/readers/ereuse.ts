/**
 * eReuse Workbench snapshots, JSON or YAML: Workbench 11/12 (`device` and `components`, with their actions:
 * EraseBasic, EraseSectors and their steps, TestDataStorage) and the current workbench-script snapshot (`data` holds
 * `smartctl` as a JSON string of `smartctl -x --json` per drive, `dmidecode` text and `inxi` JSON). The snapshot's
 * uuid is the record's `sourceId` and an external reference.
 */
import type {
  ImportedDevice,
  ImportedDrive,
  ImportedErasure,
  ImportedErasureStatus,
  ParsedImport,
} from '../../../shared/domain/import-records';
import { checkImei } from '../../../shared/domain/identifiers';
import { isPlaceholderSerial } from '../../../shared/domain/serial-placeholders';
import type { DeviceKind, DriveType } from '../../../shared/domain/values';
import { arrayOf, emptyDevice, field, finiteNumber, Notes, objectOf, serialOf, smbiosModel, text } from './common';
import { deviceFromDmidecode } from './dmidecode';
import { judgeHealth } from './drive-health';
import { driveFromSmartctl, driveMake } from './smartctl';

type Json = Record<string, unknown>;

/** True when `json` is an eReuse snapshot (`type: Snapshot`, or a workbench-script one). */
export function isEreuseSnapshot(json: unknown): boolean {
  const root = objectOf(json);
  if (!root) return false;
  return (
    text(root.type) === 'Snapshot' || (text(root.software) === 'workbench-script' && objectOf(root.data) !== undefined)
  );
}

const KINDS: [RegExp, DeviceKind][] = [
  [/^(laptop|netbook|notebook|convertible|detachable)$/i, 'laptop'],
  [/^(desktop|microtower|server|allinone|all-in-one|tower|minipc|computer)$/i, 'desktop'],
  [/^(smartphone|cellphone|mobilephone|phone)$/i, 'phone'],
  [/^tablet$/i, 'tablet'],
];

function kindOf(raw: string | undefined, notes: Notes): DeviceKind | undefined {
  if (raw === undefined) return undefined;
  const found = KINDS.find(([pattern]) => pattern.test(raw.replace(/\s+/g, '')));
  if (found) return found[1];
  notes.warn('kind_unknown', 0, { value: raw });
  return undefined;
}

/** An ISO time trimmed of its fractions of a second, with its offset if it has one. */
function isoTime(raw: unknown): string | undefined {
  const found = text(raw);
  const match =
    found === undefined
      ? null
      : /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(found);
  if (!match || match[1]?.startsWith('0001')) return undefined;
  return `${match[1]}T${match[2]}${match[3] ?? ''}`;
}

function stepStatus(severity: unknown): ImportedErasureStatus {
  return /error|fail/i.test(text(severity) ?? '') ? 'failed' : 'erased';
}

function erasureOf(action: Json, drive: ImportedDrive): ImportedErasure | undefined {
  const type = text(action.type) ?? '';
  if (!/^Erase/.test(type)) return undefined;
  const steps = arrayOf(action.steps)
    .map(objectOf)
    .filter((step): step is Json => step !== undefined)
    .map((step) => {
      const entry: NonNullable<ImportedErasure['steps']>[number] = {
        name: text(step.type) ?? 'Step',
        status: stepStatus(step.severity),
      };
      const started = isoTime(step.startTime);
      if (started !== undefined) entry.startedAt = started;
      const ended = isoTime(step.endTime);
      if (ended !== undefined) entry.endedAt = ended;
      return entry;
    });
  const failed = stepStatus(action.severity) === 'failed' || steps.some((step) => step.status === 'failed');
  const erasure: ImportedErasure = {
    method: type,
    status: failed ? 'failed' : 'erased',
    ...(/crypto/i.test(type)
      ? { technique: 'crypto_erase' as const, level: 'purge' as const }
      : { technique: 'overwrite' as const, level: 'clear' as const }),
  };
  if (drive.serial !== undefined) erasure.driveSerial = drive.serial;
  if (drive.model !== undefined) erasure.driveModel = drive.model;
  if (steps.length > 0) {
    erasure.steps = steps;
    erasure.passes = steps.length;
  }
  const started = isoTime(action.startTime);
  if (started !== undefined) erasure.startedAt = started;
  const ended = isoTime(action.endTime);
  if (ended !== undefined) erasure.endedAt = ended;
  return erasure;
}

function driveOfComponent(component: Json, notes: Notes, at: number): ImportedDrive {
  const drive: ImportedDrive = {};
  const model = text(component.model);
  if (model !== undefined) drive.model = model;
  const make = field(component.manufacturer) ?? driveMake(model);
  if (make !== undefined) drive.make = make;
  const serial = serialOf(component.serialNumber, notes, at);
  if (serial !== undefined) drive.serial = serial;
  const bus = text(component.interface);
  if (bus !== undefined) drive.bus = bus.toUpperCase();
  const type: DriveType | undefined =
    bus?.toUpperCase() === 'NVME'
      ? 'nvme'
      : component.type === 'SolidStateDrive'
        ? 'ssd'
        : component.type === 'HardDrive'
          ? 'hdd'
          : undefined;
  if (type !== undefined) drive.type = type;
  // Workbench writes sizes in megabytes (10^6 bytes).
  const megabytes = finiteNumber(component.size);
  if (megabytes !== undefined) drive.sizeBytes = Math.round(megabytes * 1_000_000);
  const test = arrayOf(component.actions)
    .map(objectOf)
    .find((action) => text(action?.type) === 'TestDataStorage');
  if (test) {
    const assessment = test.assessment;
    const health = judgeHealth({
      ...(typeof assessment === 'boolean' ? { smartPassed: assessment } : {}),
      ...(finiteNumber(test.lifetime) !== undefined ? { powerOnHours: finiteNumber(test.lifetime) as number } : {}),
      ...(finiteNumber(test.reallocatedSectorCount) !== undefined
        ? { reallocatedSectors: finiteNumber(test.reallocatedSectorCount) as number }
        : {}),
      ...(finiteNumber(test.currentPendingSectorCount) !== undefined
        ? { pendingSectors: finiteNumber(test.currentPendingSectorCount) as number }
        : {}),
      ...(finiteNumber(test.offlineUncorrectable) !== undefined
        ? { offlineUncorrectable: finiteNumber(test.offlineUncorrectable) as number }
        : {}),
    });
    if (health) {
      if (/error|fail/i.test(text(test.severity) ?? '') && !health.failed) {
        health.failed = true;
        health.reasons.push('self_test_failed');
      }
      drive.health = health;
      if (health.failed)
        notes.warn('drive_health_failed', at, {
          drive: drive.serial ?? drive.model ?? '?',
          reasons: health.reasons.join(', '),
        });
    }
  }
  return drive;
}

function imeisOf(raw: unknown, notes: Notes, at: number): string[] {
  const values = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  const imeis: string[] = [];
  for (const value of values) {
    const found = text(value);
    if (found === undefined) continue;
    const check = checkImei(found);
    if (!check.ok) {
      notes.warn('number_invalid', at, { column: 'imei', value: found });
      continue;
    }
    if (check.warning) notes.warn('imei_checksum', at, { value: check.value });
    imeis.push(check.value);
  }
  return imeis;
}

function readWorkbench(root: Json, notes: Notes): ImportedDevice | undefined {
  const source = objectOf(root.device);
  if (!source) return undefined;
  const device = emptyDevice();
  const kind = kindOf(text(source.type), notes);
  if (kind !== undefined) device.kind = kind;
  const make = field(source.manufacturer);
  if (make !== undefined) device.make = make;
  const model = smbiosModel(make, source.model, source.version);
  if (model !== undefined) device.model = model;
  const serial = serialOf(source.serialNumber, notes, 0);
  if (serial !== undefined) device.serial = serial;
  const imeis = imeisOf(source.imei, notes, 0);
  if (imeis.length > 0) device.imeis = imeis;
  let ramMegabytes = 0;
  arrayOf(root.components).forEach((entry, index) => {
    const component = objectOf(entry);
    if (!component) return;
    const type = text(component.type);
    if (type === 'Processor' && device.cpu === undefined) {
      const cpu = text(component.model);
      if (cpu !== undefined) device.cpu = cpu;
    } else if (type === 'RamModule') {
      ramMegabytes += finiteNumber(component.size) ?? 0;
    } else if (type === 'Display' && device.screenInches === undefined) {
      const inches = finiteNumber(component.size);
      if (inches !== undefined) device.screenInches = Math.round(inches * 10) / 10;
    } else if (type === 'HardDrive' || type === 'SolidStateDrive' || type === 'DataStorage') {
      const drive = driveOfComponent(component, notes, index);
      device.drives.push(drive);
      for (const action of arrayOf(component.actions)) {
        const erasure = objectOf(action) && erasureOf(objectOf(action) as Json, drive);
        if (erasure) device.erasures.push(erasure);
      }
    }
  });
  if (ramMegabytes > 0) device.ramGb = Math.round((ramMegabytes / 1024) * 100) / 100;
  return device;
}

/** The built-in screen's diagonal from inxi (the `eDP`/`LVDS`/`DSI` monitor's `diag`, `318mm (12.5")`). */
function screenFromInxi(raw: unknown): number | undefined {
  let parsed: unknown = raw;
  if (typeof raw === 'string') {
    try {
      parsed = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  let builtIn = false;
  const pairs: [string, unknown][] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (objectOf(node)) {
      for (const [key, value] of Object.entries(node as Json)) {
        pairs.push([key.replace(/^[\d#]+/, ''), value]);
        if (typeof value === 'object') visit(value);
      }
    }
  };
  visit(parsed);
  for (const [key, value] of pairs) {
    if (key === 'Monitor') builtIn = /^(eDP|LVDS|DSI)/i.test(text(value) ?? '');
    if (key === 'diag' && builtIn) {
      const inches = /\(([\d.]+)"/.exec(text(value) ?? '')?.[1];
      if (inches !== undefined) return Number(inches);
    }
  }
  return undefined;
}

function readWorkbenchScript(root: Json, notes: Notes): ImportedDevice {
  const data = objectOf(root.data) ?? {};
  const dmidecode = text(data.dmidecode) !== undefined ? String(data.dmidecode) : '';
  const device = dmidecode ? deviceFromDmidecode(dmidecode, notes) : emptyDevice();
  let smartctl: unknown = data.smartctl;
  if (typeof smartctl === 'string') {
    try {
      smartctl = JSON.parse(smartctl);
    } catch {
      smartctl = [];
    }
  }
  arrayOf(smartctl).forEach((entry, index) => {
    const drive = objectOf(entry) && driveFromSmartctl(objectOf(entry) as Json, notes, index);
    if (drive) device.drives.push(drive);
  });
  const screen = screenFromInxi(data.inxi);
  if (screen !== undefined) device.screenInches = screen;
  for (const entry of arrayOf(root.erase)) {
    const action = objectOf(entry);
    if (!action) continue;
    const serial = text(action.serial_number) ?? text(action.serialNumber);
    const drive =
      device.drives.find((candidate) => serial !== undefined && candidate.serial === serial) ??
      (serial ? { serial } : {});
    const erasure = erasureOf(
      { ...action, type: text(action.type) ?? `Erase${text(action.method) ?? 'Basic'}` },
      drive,
    );
    if (erasure) device.erasures.push(erasure);
  }
  return device;
}

export function readEreuseSnapshot(json: unknown): ParsedImport {
  const root = objectOf(json) ?? {};
  const notes = new Notes();
  const device =
    text(root.software) === 'workbench-script' || objectOf(root.data)
      ? readWorkbenchScript(root, notes)
      : readWorkbench(root, notes);
  const uuid = text(root.uuid);
  const sourceId = uuid !== undefined && !isPlaceholderSerial(uuid) ? uuid.toLowerCase() : undefined;
  if (device && sourceId !== undefined) device.externalRefs.push({ system: 'ereuse_snapshot', value: sourceId });
  if (!device) notes.warn('snapshot_without_device');
  const software = text(root.software) ?? 'Workbench';
  const version = text(root.version);
  const parsed: ParsedImport = {
    format: 'ereuse_snapshot',
    tool: version ? { name: software, version } : { name: software },
    records: device ? [device] : [],
    issues: notes.issues,
    warnings: notes.warnings,
  };
  if (sourceId !== undefined) parsed.sourceId = sourceId;
  return parsed;
}
