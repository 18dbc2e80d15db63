import { deviceSpecInput, type DeviceSpec } from '../../shared/contract/intake';
import { luhnCheckDigit } from '../../shared/domain/identifiers';
import type { DeviceKind, DriveType } from '../../shared/domain/values';
import type { Random } from './random';

interface ModelSpec {
  kind: DeviceKind;
  make: string;
  model: string;
  cpu: string;
  ramGb: number;
  screenInches: number;
  os: string;
  drive: { type: DriveType; capacityGb: number } | null;
  serial: (random: Random) => string;
  /** Type allocation code of the model, for IMEIs of cellular devices. */
  tac?: string;
}

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

const dellTag = (r: Random) => r.chars(ALNUM, 7);
const hpSerial = (r: Random) => `5CG${r.digits(4)}${r.chars(ALNUM, 3)}`;
const lenovoSerial = (r: Random) => `PF${r.chars(ALNUM, 6)}`;
const appleSerial = (r: Random) => `C02${r.chars(ALNUM, 9)}`;
const samsungSerial = (r: Random) => `R5${r.chars(ALNUM, 9)}`;

/** Models a French reconditioning site sees every week, with plausible specs. */
export const MODELS: readonly ModelSpec[] = [
  {
    kind: 'laptop',
    make: 'Dell',
    model: 'Latitude 7490',
    cpu: 'Intel Core i5-8350U',
    ramGb: 8,
    screenInches: 14,
    os: 'Windows 11 Pro',
    drive: { type: 'ssd', capacityGb: 256 },
    serial: dellTag,
  },
  {
    kind: 'laptop',
    make: 'Dell',
    model: 'Latitude 5410',
    cpu: 'Intel Core i5-10310U',
    ramGb: 16,
    screenInches: 14,
    os: 'Windows 11 Pro',
    drive: { type: 'nvme', capacityGb: 256 },
    serial: dellTag,
  },
  {
    kind: 'laptop',
    make: 'HP',
    model: 'EliteBook 840 G5',
    cpu: 'Intel Core i5-8250U',
    ramGb: 8,
    screenInches: 14,
    os: 'Windows 11 Pro',
    drive: { type: 'nvme', capacityGb: 256 },
    serial: hpSerial,
  },
  {
    kind: 'laptop',
    make: 'HP',
    model: 'ProBook 450 G7',
    cpu: 'Intel Core i3-10110U',
    ramGb: 8,
    screenInches: 15.6,
    os: 'Linux Mint 22',
    drive: { type: 'ssd', capacityGb: 240 },
    serial: hpSerial,
  },
  {
    kind: 'laptop',
    make: 'Lenovo',
    model: 'ThinkPad T480',
    cpu: 'Intel Core i5-8250U',
    ramGb: 8,
    screenInches: 14,
    os: 'Windows 11 Pro',
    drive: { type: 'nvme', capacityGb: 256 },
    serial: lenovoSerial,
  },
  {
    kind: 'laptop',
    make: 'Lenovo',
    model: 'ThinkPad X280',
    cpu: 'Intel Core i5-8350U',
    ramGb: 8,
    screenInches: 12.5,
    os: 'Linux Mint 22',
    drive: { type: 'nvme', capacityGb: 256 },
    serial: lenovoSerial,
  },
  {
    kind: 'laptop',
    make: 'Apple',
    model: 'MacBook Air 13" 2017',
    cpu: 'Intel Core i5-5350U',
    ramGb: 8,
    screenInches: 13.3,
    os: 'macOS Monterey',
    drive: { type: 'ssd', capacityGb: 128 },
    serial: appleSerial,
  },
  {
    kind: 'desktop',
    make: 'Dell',
    model: 'OptiPlex 7060',
    cpu: 'Intel Core i5-8500',
    ramGb: 8,
    screenInches: 0,
    os: 'Windows 11 Pro',
    drive: { type: 'hdd', capacityGb: 500 },
    serial: dellTag,
  },
  {
    kind: 'desktop',
    make: 'HP',
    model: 'ProDesk 600 G4',
    cpu: 'Intel Core i5-8500',
    ramGb: 8,
    screenInches: 0,
    os: 'Windows 11 Pro',
    drive: { type: 'ssd', capacityGb: 256 },
    serial: hpSerial,
  },
  {
    kind: 'desktop',
    make: 'Lenovo',
    model: 'ThinkCentre M720q',
    cpu: 'Intel Core i5-8400T',
    ramGb: 8,
    screenInches: 0,
    os: 'Linux Mint 22',
    drive: { type: 'nvme', capacityGb: 256 },
    serial: lenovoSerial,
  },
  {
    kind: 'tablet',
    make: 'Samsung',
    model: 'Galaxy Tab A8',
    cpu: 'Unisoc T618',
    ramGb: 3,
    screenInches: 10.5,
    os: 'Android 14',
    drive: null,
    serial: samsungSerial,
    tac: '35290611',
  },
  {
    kind: 'tablet',
    make: 'Apple',
    model: 'iPad 9e génération',
    cpu: 'Apple A13',
    ramGb: 3,
    screenInches: 10.2,
    os: 'iPadOS 17',
    drive: null,
    serial: appleSerial,
  },
  {
    kind: 'tablet',
    make: 'Lenovo',
    model: 'Tab M10',
    cpu: 'MediaTek Helio P22T',
    ramGb: 2,
    screenInches: 10.1,
    os: 'Android 11',
    drive: null,
    serial: lenovoSerial,
  },
  {
    kind: 'phone',
    make: 'Samsung',
    model: 'Galaxy A52',
    cpu: 'Snapdragon 720G',
    ramGb: 4,
    screenInches: 6.5,
    os: 'Android 14',
    drive: null,
    serial: samsungSerial,
    tac: '35143811',
  },
  {
    kind: 'phone',
    make: 'Apple',
    model: 'iPhone 11',
    cpu: 'Apple A13',
    ramGb: 4,
    screenInches: 6.1,
    os: 'iOS 17',
    drive: null,
    serial: appleSerial,
    tac: '35391110',
  },
  {
    kind: 'phone',
    make: 'Fairphone',
    model: 'Fairphone 4',
    cpu: 'Snapdragon 750G',
    ramGb: 6,
    screenInches: 6.3,
    os: 'Android 13',
    drive: null,
    serial: (r) => `FP4${r.digits(9)}`,
    tac: '35184233',
  },
];

const ACCESSORIES: Record<DeviceKind, readonly string[]> = {
  laptop: ['chargeur', 'chargeur, sacoche', ''],
  desktop: ['câble secteur', 'câble secteur, clavier, souris'],
  tablet: ['chargeur USB-C', 'chargeur, coque'],
  phone: ['câble USB-C', ''],
  other: [''],
};

function imei(random: Random, tac: string): string {
  const body = tac + random.digits(6);
  return body + String(luhnCheckDigit(body));
}

/** Plausible devices as intake would record them; serials never repeat within one generator. */
export class DemoDevices {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  private unique(make: (random: Random) => string): string {
    for (;;) {
      const value = make(this.random);
      if (!this.used.has(value)) {
        this.used.add(value);
        return value;
      }
    }
  }

  next(): DeviceSpec {
    const random = this.random;
    const spec = random.pick(MODELS);
    return deviceSpecInput.parse({
      kind: spec.kind,
      serial: this.unique(spec.serial),
      imeis: spec.tac ? [this.unique((r) => imei(r, spec.tac ?? ''))] : [],
      make: spec.make,
      model: spec.model,
      cpu: spec.cpu,
      ramGb: spec.ramGb,
      storageSummary: spec.drive ? `${spec.drive.capacityGb} Go ${spec.drive.type.toUpperCase()}` : '64 Go',
      screenInches: spec.screenInches > 0 ? spec.screenInches : null,
      os: spec.os,
      batteryHealth: spec.kind === 'desktop' ? null : random.int(62, 99),
      accessories: random.pick(ACCESSORIES[spec.kind]),
      location: `${random.pick(['A', 'B', 'C', 'D'])}${random.int(1, 12)}-${random.int(1, 6)}`,
      drives: spec.drive ? [{ serial: this.unique((r) => `S${r.chars(ALNUM, 11)}`), ...spec.drive }] : [],
    });
  }
}
