/**
 * `dmidecode` text: the machine's identity (make, model, serial, kind from the chassis type), CPU and RAM. Lenovo
 * writes the model in `Version` (`ThinkPad T480`) and the machine type in `Product Name` (`20L50000MC`).
 * Also read from the `data.dmidecode` text of eReuse workbench-script snapshots.
 */
import type { ImportedDevice, ParsedImport } from '../../../shared/domain/import-records';
import type { DeviceKind } from '../../../shared/domain/values';
import { emptyDevice, field, gigabytes, Notes, serialOf, smbiosModel, text } from './common';

export interface DmiSection {
  type: number;
  title: string;
  values: Map<string, string>;
}

/** True when `content` is dmidecode's text output. */
export function isDmidecodeText(content: string): boolean {
  return /^# dmidecode \d/m.test(content) || /^Handle 0x[0-9A-F]{4}, DMI type \d+/m.test(content);
}

export function parseDmidecode(content: string): DmiSection[] {
  const sections: DmiSection[] = [];
  let current: DmiSection | undefined;
  let expectTitle = false;
  for (const line of content.split(/\r\n|\r|\n/)) {
    const handle = /^Handle 0x[0-9A-Fa-f]+, DMI type (\d+)/.exec(line);
    if (handle) {
      current = { type: Number(handle[1]), title: '', values: new Map() };
      sections.push(current);
      expectTitle = true;
      continue;
    }
    if (!current) continue;
    if (expectTitle) {
      current.title = line.trim();
      expectTitle = false;
      continue;
    }
    const pair = /^\t([^\t:][^:]*):\s?(.*)$/.exec(line);
    if (pair && pair[1] !== undefined && pair[2] !== undefined && !current.values.has(pair[1])) {
      current.values.set(pair[1].trim(), pair[2].trim());
    }
  }
  return sections;
}

const LAPTOP_CHASSIS = /notebook|laptop|portable|sub notebook|convertible|detachable|hand held/i;
const TABLET_CHASSIS = /tablet/i;
const DESKTOP_CHASSIS = /desktop|tower|all in one|mini pc|space-saving|lunch box|stick pc|pizza box|main server|rack/i;

export function kindFromChassis(chassis: string | undefined): DeviceKind | undefined {
  if (chassis === undefined) return undefined;
  if (TABLET_CHASSIS.test(chassis)) return 'tablet';
  if (LAPTOP_CHASSIS.test(chassis)) return 'laptop';
  if (DESKTOP_CHASSIS.test(chassis)) return 'desktop';
  return undefined;
}

/** The device dmidecode describes; warnings (placeholder serials) go to `notes`. */
export function deviceFromDmidecode(content: string, notes: Notes): ImportedDevice {
  const sections = parseDmidecode(content);
  const first = (type: number) => sections.find((section) => section.type === type)?.values;
  const system = first(1);
  const chassis = first(3);
  const device = emptyDevice();
  const make = field(system?.get('Manufacturer')) ?? field(chassis?.get('Manufacturer'));
  if (make !== undefined) device.make = make;
  const model = smbiosModel(make, system?.get('Product Name'), system?.get('Version'));
  if (model !== undefined) device.model = model;
  const serial =
    serialOf(system?.get('Serial Number'), notes) ??
    (chassis ? serialOf(chassis.get('Serial Number'), new Notes()) : undefined);
  if (serial !== undefined) device.serial = serial;
  const kind = kindFromChassis(text(chassis?.get('Type')));
  if (kind !== undefined) device.kind = kind;
  const cpu = sections
    .filter((section) => section.type === 4 && !/unpopulated/i.test(section.values.get('Status') ?? ''))
    .map((section) => field(section.values.get('Version')))
    .find((version) => version !== undefined);
  if (cpu !== undefined) device.cpu = cpu;
  const ram = sections
    .filter((section) => section.type === 17)
    .map((section) => gigabytes(section.values.get('Size')) ?? 0)
    .reduce((sum, size) => sum + size, 0);
  if (ram > 0) device.ramGb = Math.round(ram * 100) / 100;
  const uuid = field(system?.get('UUID'));
  if (uuid !== undefined) device.externalRefs.push({ system: 'smbios_uuid', value: uuid.toLowerCase() });
  return device;
}

export function readDmidecodeText(content: string): ParsedImport {
  const notes = new Notes();
  const version = /^# dmidecode ([\d.]+)/m.exec(content)?.[1];
  return {
    format: 'dmidecode_text',
    tool: version ? { name: 'dmidecode', version } : { name: 'dmidecode' },
    records: [deviceFromDmidecode(content, notes)],
    issues: notes.issues,
    warnings: notes.warnings,
  };
}
