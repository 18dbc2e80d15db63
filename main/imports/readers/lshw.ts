/**
 * `lshw -json`: the machine (make, model, serial, kind from the chassis), CPU, RAM and each disk with its model,
 * serial, bus and size. lshw gives no rotation rate: a disk is an SSD or NVMe only when its name or bus says so.
 */
import type { ImportedDevice, ImportedDrive, ParsedImport } from '../../../shared/domain/import-records';
import { arrayOf, emptyDevice, field, finiteNumber, Notes, objectOf, serialOf, smbiosModel, text } from './common';
import { kindFromChassis } from './dmidecode';
import { driveMake } from './smartctl';

type Node = Record<string, unknown>;

/** True when `json` is lshw's tree (a root node of class `system`, or a list holding one). */
export function isLshwJson(json: unknown): boolean {
  const root = lshwRoot(json);
  return (
    root !== undefined && text(root.class) === 'system' && (root.children !== undefined || root.product !== undefined)
  );
}

function lshwRoot(json: unknown): Node | undefined {
  return Array.isArray(json) ? objectOf(json[0]) : objectOf(json);
}

function walk(node: Node, visit: (node: Node, parent: Node | undefined) => void, parent?: Node): void {
  visit(node, parent);
  for (const child of arrayOf(node.children)) {
    const next = objectOf(child);
    if (next) walk(next, visit, node);
  }
}

function driveOf(node: Node, parent: Node | undefined, notes: Notes): ImportedDrive | undefined {
  const model = text(node.product);
  const serial = serialOf(node.serial, notes);
  if (model === undefined && serial === undefined) return undefined;
  const drive: ImportedDrive = {};
  const make = driveMake(model) ?? field(node.vendor);
  if (make !== undefined) drive.make = make;
  if (model !== undefined) drive.model = model;
  if (serial !== undefined) drive.serial = serial;
  const description = `${text(node.description) ?? ''} ${text(parent?.description) ?? ''} ${text(node.businfo) ?? ''}`;
  const bus = /nvme/i.test(description)
    ? 'NVME'
    : /\bATA\b|SATA/i.test(description)
      ? 'ATA'
      : /usb/i.test(description)
        ? 'USB'
        : /scsi/i.test(description)
          ? 'SCSI'
          : undefined;
  if (bus !== undefined) drive.bus = bus;
  if (bus === 'NVME') drive.type = 'nvme';
  else if (/\bSSD\b|solid state/i.test(`${model ?? ''} ${description}`)) drive.type = 'ssd';
  else if (/mmc/i.test(description)) drive.type = 'emmc';
  const size = text(node.units) === 'bytes' ? finiteNumber(node.size) : undefined;
  if (size !== undefined) drive.sizeBytes = size;
  return drive;
}

export function deviceFromLshw(json: unknown, notes: Notes): ImportedDevice {
  const root = lshwRoot(json) ?? {};
  const device = emptyDevice();
  const make = field(root.vendor);
  if (make !== undefined) device.make = make;
  // lshw appends the SKU to the product: `Latitude E7240 (05CA)`.
  const product = text(root.product)?.replace(/\s*\([^)]*\)$/, '');
  const model = smbiosModel(make, product, root.version);
  if (model !== undefined) device.model = model;
  const serial = serialOf(root.serial, notes);
  if (serial !== undefined) device.serial = serial;
  const kind = kindFromChassis(text(objectOf(root.configuration)?.chassis));
  if (kind !== undefined) device.kind = kind;
  let ramBytes = 0;
  walk(root, (node, parent) => {
    const nodeClass = text(node.class);
    const id = text(node.id) ?? '';
    if (nodeClass === 'processor' && device.cpu === undefined && node.disabled !== true) {
      const cpu = field(node.product);
      if (cpu !== undefined) device.cpu = cpu;
    }
    if (nodeClass === 'memory' && id.startsWith('bank') && text(node.units) === 'bytes')
      ramBytes += finiteNumber(node.size) ?? 0;
    if (nodeClass === 'disk' && /^(disk|namespace)/.test(id) && !/cd-?rom|dvd/i.test(text(node.description) ?? '')) {
      const drive = driveOf(node, parent, notes);
      if (drive) device.drives.push(drive);
    }
  });
  if (ramBytes > 0) device.ramGb = Math.round((ramBytes / 1024 ** 3) * 100) / 100;
  return device;
}

export function readLshwJson(json: unknown): ParsedImport {
  const notes = new Notes();
  const version = text(objectOf(objectOf(lshwRoot(json)?.configuration))?.['lshw-version']);
  return {
    format: 'lshw_json',
    tool: version ? { name: 'lshw', version } : { name: 'lshw' },
    records: [deviceFromLshw(json, notes)],
    issues: notes.issues,
    warnings: notes.warnings,
  };
}
