import { createHash } from 'node:crypto';
import type { ErasureRecord } from '../../../shared/contract/erasure';
import type { DocumentSubject } from '../../../shared/domain/documents';
import { isErasureProven } from '../../../shared/domain/lifecycle';
import { WHOLE_DEVICE_ERASURE_KINDS, type DriveType, type OperatorRole } from '../../../shared/domain/values';
import { DomainError, type RefusalDraft } from '../../errors';
import { loadFacts } from '../../services/lifecycle';
import type { DeviceRecord } from '../../store/repositories/devices';
import type { Store } from '../../store/store';
import { subjectDevices } from '../subjects';

/** One sanitised medium: a drive, or the whole device (tablets, phones, computers without a recorded drive). */
export interface CertifiedMedium {
  driveType: DriveType | null;
  serial: string;
  capacityGb: number | null;
  record: ErasureRecord;
}

export interface CertifiedDevice {
  device: DeviceRecord;
  siteAddress: string | null;
  media: CertifiedMedium[];
  /** Roles of each person who performed or validated, for their "title". */
  roles: Record<number, OperatorRole[]>;
  /** SHA-256 of the certified erasure records (see `recordsFingerprint`). */
  recordsSha256: string;
}

export interface CertificateData {
  devices: CertifiedDevice[];
  /** The batch's code when the certificate covers a batch. */
  batchCode: string | null;
}

/**
 * The fingerprint printed on a certificate: SHA-256 of the JSON array, in medium order, of
 * [record id, asset tag, drive id, drive serial, level, technique, passes, tool, tool version, started, ended,
 * result, verification, checklist, destination, evidence SHA-256, performer id, verifier id, verified at].
 * Recomputing it from the database shows whether a certified record was changed after the certificate.
 */
export function recordsFingerprint(records: readonly ErasureRecord[]): string {
  const canonical = records.map((r) => [
    r.id, r.assetTag, r.driveId, r.driveSerial, r.level, r.technique, r.passes, r.tool, r.toolVersion, r.startedAt,
    r.endedAt, r.result, r.verification, r.checklist, r.destination, r.evidenceSha256, r.performedBy.id,
    r.verifiedBy?.id ?? null, r.verifiedAt,
  ]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** The records that prove the erasure now: the latest of each medium in the device's current stay. */
function certifiedMedia(store: Store, device: DeviceRecord, wholeDevice: boolean): CertifiedMedium[] {
  const floor = store.cycles.floors(device.id).erasureId;
  const records = store.erasures.forDevice(device.id).filter((record) => record.id >= floor);
  const latest = (driveId: number | null) => records.filter((record) => record.driveId === driveId).at(-1);
  if (wholeDevice) {
    const record = latest(null);
    return record ? [{ driveType: null, serial: device.serial || device.imei, capacityGb: null, record }] : [];
  }
  return store.erasures.mediaStates(device.id, floor).drives.flatMap((drive) => {
    const record = latest(drive.id);
    return record ? [{ driveType: drive.type, serial: drive.serial, capacityGb: drive.capacityGb, record }] : [];
  });
}

function certify(store: Store, device: DeviceRecord): CertifiedDevice | null {
  const head = store.devices.head(device.id);
  if (!head) return null;
  const facts = loadFacts(store, head);
  if (!isErasureProven(facts)) return null;
  // The same media the lifecycle judged: the whole device for tablets and phones or without drives, else each drive.
  const wholeDevice = WHOLE_DEVICE_ERASURE_KINDS.includes(facts.kind) || facts.drives.length === 0;
  const media = certifiedMedia(store, device, wholeDevice);
  const people = new Set(media.flatMap(({ record }) => [record.performedBy.id, record.verifiedBy?.id ?? 0]));
  const roles = Object.fromEntries(
    [...people].filter(Boolean).map((id) => [id, store.people.getOperator(id)?.roles ?? []]),
  ) as Record<number, OperatorRole[]>;
  return {
    device,
    siteAddress: store.people.getSite(device.siteId)?.address ?? null,
    media,
    roles,
    recordsSha256: recordsFingerprint(media.map((medium) => medium.record)),
  };
}

/**
 * Loads what a certificate states, refusing any device whose erasure is not proven. For a batch, devices lost
 * before their erasure are left out (there is nothing to certify); any other unproven device refuses the whole
 * batch, listing each one.
 */
export function loadCertificate(store: Store, subject: DocumentSubject): { data: CertificateData; deviceIds: number[] } {
  const devices = subjectDevices(store, subject);
  const certified: CertifiedDevice[] = [];
  const refused: RefusalDraft[] = [];
  for (const device of devices) {
    const result = certify(store, device);
    if (result) certified.push(result);
    else if (!(subject.type === 'batch' && device.status === 'lost_stolen')) {
      refused.push({ deviceId: device.id, assetTag: device.assetTag, code: 'certificate_device_unproven', params: { state: `state.${device.status}` } });
    }
  }
  const batchCode = subject.type === 'batch' ? (devices[0]?.batchCode ?? store.batches.get(subject.ids[0] ?? 0)?.code ?? '') : null;
  const [only] = refused;
  if (only && refused.length === 1 && subject.type === 'device') {
    throw new DomainError('certificate_erasure_unproven', { assetTag: only.assetTag }, 'subject');
  }
  if (refused.length > 0) throw new DomainError('certificate_devices_unproven', { count: refused.length }, 'subject', refused);
  if (certified.length === 0) throw new DomainError('certificate_nothing_to_certify', { batch: batchCode ?? '' }, 'subject');
  return { data: { devices: certified, batchCode }, deviceIds: certified.map((item) => item.device.id) };
}
