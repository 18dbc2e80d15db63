/**
 * Writes one judged record inside the import's transaction, with its events: the device created or updated by
 * serial, its external references, drives and their health, and each erasure recorded through the erasure desk's own
 * rules (a failed or aborted wipe quarantines; a success awaits the second person's verification).
 */
import type { z } from 'zod';
import type { erasureContract } from '../../../shared/contract/erasure';
import type { ImportedDrive, ImportedErasure, ParsedImport } from '../../../shared/domain/import-records';
import { normaliseSerial } from '../../../shared/domain/identifiers';
import type { Store } from '../../store/store';
import { recordErasureIn } from '../erasure';
import { makeKeyOf } from '../makes';
import { addDriveTo, registerOne, type IntakeRun } from '../intake';
import type { Actor, Tx } from '../unit-of-work';
import type { JudgedRecord } from './judge';
import { capacityGb, driveType, erasureResult, stationTime, verificationKind } from './values';

type ErasureInput = z.output<(typeof erasureContract)['erasure.record']['input']>;

export interface ApplySource {
  id: number;
  fileName: string;
  parsed: ParsedImport;
  /** Kept as the erasure's evidence: the nwipe PDF itself. */
  evidence: { bytes: Uint8Array; sha256: string; mediaType: string } | null;
}

export interface ApplyRun {
  store: Store;
  tx: Tx;
  actor: Actor;
  intake: IntakeRun | null;
  source: ApplySource;
}

function sourcePayload(source: ApplySource) {
  return {
    source: source.fileName,
    sourceId: source.id,
    tool: source.parsed.tool.name,
    toolVersion: source.parsed.tool.version ?? '',
  };
}

function saveDetails(run: ApplyRun, deviceId: number, driveId: number, drive: ImportedDrive): void {
  if (drive.model === undefined && drive.health === undefined && drive.bus === undefined) return;
  run.store.imports.saveDriveDetails(
    driveId,
    { model: drive.model ?? '', bus: drive.bus ?? '', health: drive.health },
    run.source.id,
    run.tx.now,
  );
  if (drive.health?.failed) {
    run.tx.record('device', deviceId, 'drive.health_failed', {
      driveId,
      reasons: drive.health.reasons,
      ...sourcePayload(run.source),
    });
  }
}

function createDevice(
  run: ApplyRun,
  judged: JudgedRecord,
  notes: string | undefined,
): { id: number; assetTag: string } {
  if (!run.intake) throw new Error('an import creating devices needs its batch');
  const record = judged.row;
  return registerOne(
    run.store,
    run.intake,
    {
      kind: judged.kind,
      serial: judged.serial,
      imeis: judged.imeis,
      make: judged.make,
      model: record.model,
      cpu: judged.record.cpu ?? '',
      ramGb: judged.record.ramGb ?? null,
      storageSummary: '',
      screenInches: judged.record.screenInches ?? null,
      os: judged.record.os ?? '',
      batteryHealth: judged.record.batteryHealth === undefined ? null : Math.round(judged.record.batteryHealth),
      accessories: '',
      location: '',
      notes: notes ?? null,
      drives: [],
    },
    'device',
    [],
    sourcePayload(run.source),
    judged.refs.length > 0,
  );
}

/**
 * The drive an erasure is of: by serial, else by model, else the device's only drive; null for a device without
 * drives (recorded for the whole device); undefined when the device has several and none is this one.
 */
function erasedDrive(store: Store, deviceId: number, erasure: ImportedErasure): number | null | undefined {
  const drives = store.imports.drivesOf(deviceId);
  const serial = normaliseSerial(erasure.driveSerial ?? '');
  const bySerial = serial === '' ? undefined : drives.find((drive) => drive.serial === serial);
  const byModel = erasure.driveModel ? drives.filter((drive) => drive.model === erasure.driveModel) : [];
  if (bySerial) return bySerial.id;
  if (byModel.length === 1) return byModel[0]?.id ?? null;
  if (drives.length === 0) return null;
  return drives.length === 1 ? drives[0]?.id : undefined;
}

function recordOne(
  run: ApplyRun & { row: JudgedRecord['row'] },
  deviceId: number,
  erasure: ImportedErasure,
): number | null {
  const { store, source } = run;
  const driveId = erasedDrive(store, deviceId, erasure);
  if (driveId === undefined) {
    run.row.warnings.push({
      code: 'erasure_drive_unmatched',
      params: { drive: erasure.driveSerial ?? erasure.driveModel ?? '?' },
    });
    return null;
  }
  const endedAt = stationTime(erasure.endedAt, stationTime(erasure.startedAt, run.tx.now));
  const startedAt = stationTime(erasure.startedAt, endedAt);
  const tool = source.parsed.tool.name;
  const already = store.imports.sameErasure(deviceId, driveId, startedAt, tool);
  if (already !== null) {
    if (source.evidence && !store.imports.hasEvidence(already)) {
      store.imports.insertEvidence(already, { name: source.fileName, ...source.evidence });
      run.tx.record('device', deviceId, 'erasure.evidence_added', {
        erasureId: already,
        sha256: source.evidence.sha256,
        ...sourcePayload(source),
      });
    }
    return null;
  }
  const input: ErasureInput = {
    deviceId,
    driveId,
    level: erasure.level ?? 'clear',
    technique: erasure.technique ?? 'overwrite',
    passes: erasure.passes ?? null,
    tool,
    toolVersion: (source.parsed.tool.version ?? '').slice(0, 40),
    startedAt,
    endedAt,
    result: erasureResult(erasure),
    verification: verificationKind(erasure),
    checklist: [],
    destination: 'internal_reuse',
    evidenceText: null,
    evidenceSha256: source.evidence?.sha256 ?? null,
    notes: null,
    // A wiping tool's report says nothing of a backup or of the medium's classification afterwards.
    backup: 'unknown',
    backupLocation: null,
    classificationAfter: null,
    command: null,
    osVersion: null,
  };
  const { erasure: recorded } = recordErasureIn(store, run.tx, run.actor, input, {
    ...sourcePayload(source),
    toolStatus: erasure.status,
  });
  store.imports.insertErasureDetail({
    erasureId: recorded.id,
    sourceId: source.id,
    toolMethod: erasure.method.slice(0, 120),
    toolStatus: erasure.status,
    hiddenAreas: erasure.hiddenAreas ?? null,
    bytesErased: erasure.bytesErased ?? null,
    bytesTotal: erasure.bytesTotal ?? null,
    roundsAsked: erasure.roundsAsked ?? null,
    roundsDone: erasure.roundsDone ?? null,
    errors: erasure.errors ?? null,
    userTag: erasure.userTag ?? '',
  });
  if (source.evidence) store.imports.insertEvidence(recorded.id, { name: source.fileName, ...source.evidence });
  return recorded.id;
}

/** Applies a judged record; returns the erasures it recorded. The row's action is corrected when nothing was new. */
export function applyRecord(run: ApplyRun, judged: JudgedRecord, notes: string | undefined): number[] {
  const { store, tx } = run;
  const { row } = judged;
  if (row.action === 'refuse' || row.action === 'unchanged') return [];
  let deviceId = judged.deviceId;
  if (deviceId === null) {
    const created = createDevice(run, judged, notes);
    deviceId = created.id;
    row.deviceId = created.id;
    row.assetTag = created.assetTag;
  } else if (Object.keys(judged.changes).length > 0) {
    store.devices.update(deviceId, judged.changes, tx.now);
    // The key duplicate detection reads follows the make, as a correction at the desk keeps it.
    if (judged.changes.make !== undefined) store.devices.setMakeKey(deviceId, makeKeyOf(judged.changes.make));
    tx.record('device', deviceId, 'device.updated', { changes: judged.changes, ...sourcePayload(run.source) });
  }
  const assetTag = row.assetTag ?? '';
  for (const ref of judged.refs) store.imports.insertRef(deviceId, ref, run.source.id, tx.now);
  if (judged.refs.length > 0)
    tx.record('device', deviceId, 'device.references_added', { refs: judged.refs, ...sourcePayload(run.source) });
  judged.newDrives.forEach((drive, index) => {
    const driveId = addDriveTo(
      store,
      tx,
      deviceId,
      assetTag,
      { serial: drive.serial ?? '', type: driveType(drive), capacityGb: capacityGb(drive) },
      `drives.${index}`,
    );
    saveDetails(run, deviceId, driveId, drive);
  });
  for (const { driveId, drive } of judged.knownDrives) saveDetails(run, deviceId, driveId, drive);
  const recorded = judged.erasures
    .map((erasure) => recordOne({ ...run, row }, deviceId, erasure))
    .filter((id): id is number => id !== null);
  if (row.action === 'attach_erasure' && recorded.length === 0 && !run.source.evidence) row.action = 'unchanged';
  return recorded;
}
