import type { DeviceSpecInput } from '../../../shared/contract/intake';
import {
  DEVICE_KINDS,
  DRIVE_TYPES,
  WHOLE_DEVICE_ERASURE_KINDS,
  type DeviceKind,
  type DriveType,
} from '../../../shared/domain/values';
import { parseWholeNumber } from '../../../shared/format';

/** What the next scan inherits from the previous one: a van usually brings twenty of the same model. */
export interface DeviceTemplate {
  kind: DeviceKind;
  make: string;
  model: string;
  driveType: DriveType | 'none';
  capacityGb: string;
}

export const DEFAULT_TEMPLATE: DeviceTemplate = {
  kind: 'laptop',
  make: '',
  model: '',
  driveType: 'ssd',
  capacityGb: '',
};

const STORAGE_KEY = 'rebond.intake.template';

/** The last template used at this workstation, so the next day starts where this one stopped. */
export function loadTemplate(): DeviceTemplate {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<DeviceTemplate> | null;
    if (!stored) return DEFAULT_TEMPLATE;
    return {
      kind: DEVICE_KINDS.find((kind) => kind === stored.kind) ?? DEFAULT_TEMPLATE.kind,
      make: typeof stored.make === 'string' ? stored.make : '',
      model: typeof stored.model === 'string' ? stored.model : '',
      driveType:
        stored.driveType === 'none' ? 'none' : (DRIVE_TYPES.find((type) => type === stored.driveType) ?? 'ssd'),
      capacityGb: typeof stored.capacityGb === 'string' ? stored.capacityGb : '',
    };
  } catch {
    return DEFAULT_TEMPLATE;
  }
}

export function saveTemplate(template: DeviceTemplate): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(template));
}

/** Tablets and phones carry IMEIs and are erased as a whole, so they get no drive line. */
export function isMobile(kind: DeviceKind): boolean {
  return WHOLE_DEVICE_ERASURE_KINDS.includes(kind);
}

export interface Scanned {
  serial: string;
  imei: string;
  driveSerial: string;
}

export type SpecBuild = { ok: true; spec: DeviceSpecInput } | { ok: false; field: string };

/** The device to register from the template and what was just scanned; a capacity that is not a number is refused. */
export function buildSpec(template: DeviceTemplate, scanned: Scanned): SpecBuild {
  const mobile = isMobile(template.kind);
  const spec: DeviceSpecInput = {
    kind: template.kind,
    serial: scanned.serial,
    make: template.make,
    model: template.model,
    imeis: mobile && scanned.imei.trim() !== '' ? [scanned.imei] : [],
    drives: [],
  };
  if (!mobile && template.driveType !== 'none') {
    const capacity = parseWholeNumber(template.capacityGb);
    if (!capacity.ok) return { ok: false, field: 'device.drives.0.capacityGb' };
    spec.drives = [{ type: template.driveType, capacityGb: capacity.value, serial: scanned.driveSerial }];
  }
  return { ok: true, spec };
}
