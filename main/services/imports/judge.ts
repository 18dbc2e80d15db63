/**
 * Judges one imported record against the stock as it is now (the commit's transaction after the records before it
 * were applied, or the preview's view of the same): which device it is, what it creates or changes, which erasures it attaches, or why it is
 * refused. Reads only; `apply.ts` writes what was judged. The intake rules are the intake service's own.
 */
import type {
  ExternalReference,
  ImportedDevice,
  ImportedDrive,
  ImportedErasure,
} from '../../../shared/domain/import-records';
import { checkImei, cleanMake, normaliseMake, normaliseSerial } from '../../../shared/domain/identifiers';
import type { DeviceKind } from '../../../shared/domain/values';
import type { ImportAction, PreviewRow } from '../../../shared/contract/imports';
import { DomainError } from '../../errors';
import type { EditableDeviceFields } from '../../store/repositories/devices';
import type { StockReader } from './preview-stock';
import { checkNotInStock, type WarningDraft } from '../intake';

/** The intake's warnings, and the import's own (`duplicate_drive_serial`, `external_ref_taken`): shown, not blocking. */
type RowWarning = { code: string; field: string; params: Record<string, string | number> };
import { driveLabel, importedMake } from './values';

/** Where erasure can be recorded (as the erasure desk): other states refuse the imported erasure. */
const ERASABLE_STATES = new Set(['received', 'returned', 'quarantined', 'awaiting_erasure', 'to_recycle']);

export interface JudgedRecord {
  row: PreviewRow;
  record: ImportedDevice;
  /** The device in stock it updates or attaches to; null for a creation. */
  deviceId: number | null;
  kind: DeviceKind;
  make: string;
  serial: string;
  imeis: string[];
  changes: EditableDeviceFields;
  /** Drives to add (their serial is not on the device yet), and drives of the device whose details the file gives. */
  newDrives: ImportedDrive[];
  knownDrives: { driveId: number; drive: ImportedDrive }[];
  erasures: ImportedErasure[];
  refs: ExternalReference[];
}

export interface JudgeContext {
  /** The store inside the commit's transaction, or the preview's view of it (`preview-stock.ts`). */
  store: StockReader;
  key: string;
  file: string;
  /** The asset tag chosen on the preview for a record that does not say its device. */
  target: string | undefined;
  /** An open batch to create devices in; without one, records of new devices are refused. */
  canCreate: boolean;
}

function refusal(error: DomainError): PreviewRow['refusal'] {
  const params = Object.fromEntries(
    Object.entries(error.params).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : (value as string | number),
    ]),
  );
  return { code: error.code, params };
}

const describesDevice = (record: ImportedDevice) =>
  record.kind !== undefined || record.make !== undefined || record.model !== undefined || record.cpu !== undefined;

function userTagOf(record: ImportedDevice): string | undefined {
  return record.erasures.map((erasure) => erasure.userTag?.trim()).find((tag) => tag !== undefined && tag !== '');
}

/** The device a record is about: by serial, IMEI, external reference, the tag typed into nwipe, a drive's serial, or the choice on the preview. */
function findDevice(
  context: JudgeContext,
  record: ImportedDevice,
  serial: string,
  makeKey: string,
  imeis: string[],
): number | null {
  const { store } = context;
  if (serial !== '') {
    const bySerial = store.imports.deviceWithSerial(serial, record.make === undefined ? '' : makeKey);
    if (bySerial !== null) return bySerial;
  }
  for (const imei of imeis) {
    const byImei = store.imports.deviceWithImei(imei);
    if (byImei !== null) return byImei;
  }
  // A record with a serial or an IMEI of its own is that device or a new one: a reference it shares with another
  // (a sheet's placeholder id repeated on every row) must not make it that other device.
  const ownIdentity = serial !== '' || imeis.length > 0;
  for (const ref of ownIdentity ? [] : record.externalRefs) {
    const byRef = store.imports.deviceByRef(ref);
    if (byRef !== null) return byRef;
  }
  const tag = userTagOf(record);
  if (tag !== undefined) {
    const byTag = store.devices.idByAssetTag(tag.toUpperCase()) ?? store.devices.idByAssetTag(tag);
    if (byTag !== null) return byTag;
  }
  // A record without identity of its own (a drive's probe, a wipe) is placed by a drive the stock already holds.
  for (const drive of ownIdentity ? [] : record.drives) {
    const driveSerial = normaliseSerial(drive.serial ?? '');
    const holder = driveSerial === '' ? null : store.erasures.deviceHoldingDrive(driveSerial);
    if (holder !== null) return store.devices.idByAssetTag(holder);
  }
  if (context.target !== undefined) {
    const chosen =
      store.devices.idByAssetTag(context.target.trim().toUpperCase()) ??
      store.devices.idByAssetTag(context.target.trim());
    if (chosen === null) throw new DomainError('import_device_not_found', { ref: context.target });
    return chosen;
  }
  return null;
}

function specChanges(store: StockReader, deviceId: number, record: ImportedDevice): EditableDeviceFields {
  const before = store.devices.record(deviceId);
  if (!before) return {};
  const offered: EditableDeviceFields = {
    model: record.model,
    cpu: record.cpu,
    ramGb: record.ramGb,
    screenInches: record.screenInches,
    os: record.os,
    batteryHealth: record.batteryHealth === undefined ? undefined : Math.round(record.batteryHealth),
  };
  if (before.make === '' && record.make !== undefined) offered.make = importedMake(record.make);
  return Object.fromEntries(
    Object.entries(offered).filter(
      ([field, value]) => value !== undefined && value !== '' && before[field as keyof typeof before] !== value,
    ),
  ) as EditableDeviceFields;
}

/** Splits the file's drives into those the device has (same serial, or its only drive for a drive without serial) and new ones. */
function matchDrives(
  store: StockReader,
  deviceId: number | null,
  drives: readonly ImportedDrive[],
  warnings: RowWarning[],
) {
  const existing = deviceId === null ? [] : store.imports.drivesOf(deviceId);
  const known: { driveId: number; drive: ImportedDrive }[] = [];
  const fresh: ImportedDrive[] = [];
  const seen = new Set<string>();
  for (const drive of drives) {
    const serial = normaliseSerial(drive.serial ?? '');
    const mine =
      serial === ''
        ? existing.length === 1 && drives.length === 1
          ? existing[0]
          : existing.find((own) => own.serial === '' && own.model !== '' && own.model === drive.model)
        : existing.find((own) => own.serial === serial);
    if (mine) {
      known.push({ driveId: mine.id, drive });
      continue;
    }
    if (serial !== '') {
      if (seen.has(serial)) continue;
      seen.add(serial);
      const holder = store.erasures.deviceHoldingDrive(serial);
      if (holder !== null) {
        warnings.push({ code: 'duplicate_drive_serial', field: 'drive', params: { serial, assetTag: holder } });
        continue;
      }
    }
    fresh.push({ ...drive, serial });
  }
  return { known, fresh };
}

function actionOf(judged: Omit<JudgedRecord, 'row' | 'record'>): ImportAction {
  if (judged.deviceId === null) return 'create';
  const updates = Object.keys(judged.changes).length > 0 || judged.newDrives.length > 0 || judged.refs.length > 0;
  if (updates) return 'update';
  if (judged.erasures.length > 0) return 'attach_erasure';
  return judged.knownDrives.some(({ drive }) => drive.health !== undefined || drive.model !== undefined)
    ? 'update'
    : 'unchanged';
}

export function judgeRecord(context: JudgeContext, record: ImportedDevice): JudgedRecord {
  const { store } = context;
  const make = importedMake(record.make);
  const makeKey = normaliseMake(make);
  const serial = normaliseSerial(record.serial ?? '');
  const warnings: RowWarning[] = [];
  const row: PreviewRow = {
    key: context.key,
    file: context.file,
    at: record.at ?? null,
    action: 'refuse',
    deviceId: null,
    assetTag: null,
    kind: record.kind ?? null,
    make: cleanMake(make),
    model: record.model ?? '',
    serial,
    changes: [],
    drivesAdded: 0,
    erasures: record.erasures.map((erasure) => ({
      driveSerial: erasure.driveSerial ?? '',
      driveModel: erasure.driveModel ?? '',
      method: erasure.method,
      status: erasure.status,
    })),
    failingDrives: record.drives.filter((drive) => drive.health?.failed).map(driveLabel),
    refusal: null,
    warnings: [],
  };
  const empty: JudgedRecord = {
    row,
    record,
    deviceId: null,
    kind: record.kind ?? 'other',
    make,
    serial,
    imeis: [],
    changes: {},
    newDrives: [],
    knownDrives: [],
    erasures: [],
    refs: [],
  };
  try {
    const imeis = (record.imeis ?? []).map((raw) => {
      const check = checkImei(raw);
      if (!check.ok) throw new DomainError('imei_invalid', { value: raw });
      return check.value;
    });
    const deviceId = findDevice(context, record, serial, makeKey, imeis);
    if (deviceId === null) {
      if (!describesDevice(record)) throw new DomainError('import_device_unmatched', {});
      if (serial === '' && imeis.length === 0 && record.externalRefs.length === 0)
        throw new DomainError('import_identifier_required', {});
      if (!context.canCreate) throw new DomainError('not_found', { entity: 'entity.batch', ref: '—' });
      const intakeWarnings: WarningDraft[] = [];
      checkNotInStock(store, make, serial, imeis, 'device', intakeWarnings);
      warnings.push(...intakeWarnings);
    } else {
      const head = store.devices.head(deviceId);
      if (head && record.erasures.length > 0 && !ERASABLE_STATES.has(head.status)) {
        throw new DomainError('erasure_device_state', { assetTag: head.assetTag, state: `state.${head.status}` });
      }
      row.deviceId = deviceId;
      row.assetTag = head?.assetTag ?? null;
    }
    const { known, fresh } = matchDrives(store, deviceId, record.drives, warnings);
    const refs = record.externalRefs.filter((ref) => {
      const holder = store.imports.deviceByRef(ref);
      if (holder !== null && holder !== deviceId)
        warnings.push({ code: 'external_ref_taken', field: 'ref', params: { ...ref } });
      return holder === null;
    });
    const uniqueRefs = refs.filter(
      (ref, index) => refs.findIndex((other) => other.system === ref.system && other.value === ref.value) === index,
    );
    const judged = {
      deviceId,
      kind: record.kind ?? 'other',
      make,
      serial,
      imeis,
      changes: deviceId === null ? {} : specChanges(store, deviceId, record),
      newDrives: fresh,
      knownDrives: known,
      erasures: record.erasures,
      refs: uniqueRefs,
    };
    row.action = actionOf(judged);
    row.changes = Object.keys(judged.changes);
    row.drivesAdded = fresh.length;
    row.warnings = warnings.map(({ code, params }) => ({ code, params }));
    return { ...judged, row, record };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    row.refusal = refusal(error);
    row.warnings = warnings.map(({ code, params }) => ({ code, params }));
    return empty;
  }
}
