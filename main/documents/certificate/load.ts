import { createHash } from 'node:crypto';
import type { ErasureRecord } from '../../../shared/contract/erasure';
import type { DocumentSubject } from '../../../shared/domain/documents';
import { isErasureProven } from '../../../shared/domain/lifecycle';
import { WHOLE_DEVICE_ERASURE_KINDS, type DriveType } from '../../../shared/domain/values';
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
  /** SHA-256 of the certified erasure records (see `recordsFingerprint`). */
  recordsSha256: string;
}

/** Someone who performed or validated a certified erasure, with the job title printed as their "title". */
export interface CertifiedPerson {
  id: number;
  name: string;
  jobTitle: string | null;
}

export interface CertificateData {
  devices: CertifiedDevice[];
  /** The batch's code when the certificate covers a batch: it then has a cover summary signed once. */
  batchCode: string | null;
  /** Everyone who performed or validated a certified record, by operator id. */
  people: Record<number, CertifiedPerson>;
}

/**
 * The fingerprint printed on a certificate: SHA-256 of the JSON array, in medium order, of
 * [record id, asset tag, drive id, drive serial, level, technique, passes, tool, tool version, started, ended,
 * result, verification, checklist, destination, evidence SHA-256, performer id, verifier id, verified at], followed
 * by [backup, backup place, classification after, command, OS version] when any of those is recorded (records made
 * before Rebond asked for them keep the fingerprint their certificates print).
 * Recomputing it from the database shows whether a certified record was changed after the certificate.
 */
export function recordsFingerprint(records: readonly ErasureRecord[]): string {
  const canonical = records.map((r) => {
    const fields: unknown[] = [
      r.id,
      r.assetTag,
      r.driveId,
      r.driveSerial,
      r.level,
      r.technique,
      r.passes,
      r.tool,
      r.toolVersion,
      r.startedAt,
      r.endedAt,
      r.result,
      r.verification,
      r.checklist,
      r.destination,
      r.evidenceSha256,
      r.performedBy.id,
      r.verifiedBy?.id ?? null,
      r.verifiedAt,
    ];
    const added = [
      r.backup ?? null,
      r.backupLocation ?? null,
      r.classificationAfter ?? null,
      r.command ?? null,
      r.osVersion ?? null,
    ];
    return added.some((value) => value !== null) ? [...fields, ...added] : fields;
  });
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

type Verdict = { ok: true; certified: CertifiedDevice } | { ok: false; refusal: RefusalDraft };

/** What a certificate needs once per document, not once per device: sites and people. */
class Lookups {
  private readonly sites = new Map<number, string | null>();
  readonly people: Record<number, CertifiedPerson> = {};

  constructor(private readonly store: Store) {}

  siteAddress(siteId: number): string | null {
    if (!this.sites.has(siteId)) this.sites.set(siteId, this.store.people.getSite(siteId)?.address ?? null);
    return this.sites.get(siteId) ?? null;
  }

  person(id: number, name: string): void {
    if (this.people[id]) return;
    this.people[id] = { id, name, jobTitle: this.store.people.getOperator(id)?.jobTitle ?? null };
  }
}

function certify(store: Store, lookups: Lookups, device: DeviceRecord): Verdict {
  const unproven = (): Verdict => ({
    ok: false,
    refusal: {
      deviceId: device.id,
      assetTag: device.assetTag,
      code: 'certificate_device_unproven',
      params: { state: `state.${device.status}` },
    },
  });
  const head = store.devices.head(device.id);
  if (!head) return unproven();
  const facts = loadFacts(store, head);
  if (!isErasureProven(facts)) return unproven();
  // The same media the lifecycle judged: the whole device for tablets and phones or without drives, else each drive.
  const wholeDevice = WHOLE_DEVICE_ERASURE_KINDS.includes(facts.kind) || facts.drives.length === 0;
  const media = certifiedMedia(store, device, wholeDevice);
  // A certificate states a verified erasure: a record checked by nobody (« Aucune ») cannot be certified as one.
  const unverified = media.find(({ record }) => record.verification === 'none');
  if (unverified) {
    // A key, translated with the message in the reader's language, and the serial: « SSD NVMe S4EW… », « Tablette R9T… ».
    const medium = unverified.driveType ? `driveType.${unverified.driveType}` : `kind.${device.kind}`;
    return {
      ok: false,
      refusal: {
        deviceId: device.id,
        assetTag: device.assetTag,
        code: 'certificate_device_unverified',
        params: { medium, serial: unverified.serial ? ` ${unverified.serial}` : '' },
      },
    };
  }
  for (const { record } of media) {
    lookups.person(record.performedBy.id, record.performedBy.name);
    if (record.verifiedBy) lookups.person(record.verifiedBy.id, record.verifiedBy.name);
  }
  return {
    ok: true,
    certified: {
      device,
      siteAddress: lookups.siteAddress(device.siteId),
      media,
      recordsSha256: recordsFingerprint(media.map((medium) => medium.record)),
    },
  };
}

/**
 * Loads what a certificate states, refusing any device whose erasure is not proven, or was not verified (a record
 * whose verification is « Aucune »). For a batch, devices lost before their erasure are left out (there is nothing
 * to certify); any other refused device refuses the whole batch, listing each one.
 */
export function loadCertificate(
  store: Store,
  subject: DocumentSubject,
): { data: CertificateData; deviceIds: number[] } {
  const devices = subjectDevices(store, subject);
  const lookups = new Lookups(store);
  const certified: CertifiedDevice[] = [];
  const refused: RefusalDraft[] = [];
  for (const device of devices) {
    const verdict = certify(store, lookups, device);
    if (verdict.ok) certified.push(verdict.certified);
    else if (
      !(
        subject.type === 'batch' &&
        device.status === 'lost_stolen' &&
        verdict.refusal.code === 'certificate_device_unproven'
      )
    ) {
      refused.push(verdict.refusal);
    }
  }
  const batchCode =
    subject.type === 'batch' ? (devices[0]?.batchCode ?? store.batches.get(subject.ids[0] ?? 0)?.code ?? '') : null;
  const [only] = refused;
  if (only && refused.length === 1 && subject.type === 'device') {
    if (only.code === 'certificate_device_unverified') {
      throw new DomainError(
        'certificate_erasure_unverified',
        { assetTag: only.assetTag, medium: only.params.medium ?? '', serial: only.params.serial ?? '' },
        'subject',
      );
    }
    throw new DomainError('certificate_erasure_unproven', { assetTag: only.assetTag }, 'subject');
  }
  if (refused.length > 0) {
    const unverifiedOnly = refused.every((refusal) => refusal.code === 'certificate_device_unverified');
    throw new DomainError(
      unverifiedOnly ? 'certificate_devices_unverified' : 'certificate_devices_unproven',
      { count: refused.length },
      'subject',
      refused,
    );
  }
  if (certified.length === 0)
    throw new DomainError('certificate_nothing_to_certify', { batch: batchCode ?? '' }, 'subject');
  return {
    data: { devices: certified, batchCode, people: lookups.people },
    deviceIds: certified.map((item) => item.device.id),
  };
}
