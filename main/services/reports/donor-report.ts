/**
 * The donor report: for one donor and a period (calendar days of reception, in the organisation's zone), what became
 * of the devices they gave. Counts come from SQL aggregates; the device list is one query. No beneficiary's data is
 * read: a device's outcome says it was lent or given, never to whom (not even the partner, whose name could point
 * at a child's care setting).
 */
import type { DeviceKind } from '../../../shared/domain/values';
import { VOIDED_STATE, type DeviceState } from '../../../shared/domain/lifecycle';
import { DomainError } from '../../errors';
import type { Store } from '../../store/store';

/** What became of a device, seen from its donor. */
export const DONOR_OUTCOMES = ['lent', 'given', 'harvested', 'recycled', 'lost', 'in_process'] as const;
export type DonorOutcome = (typeof DONOR_OUTCOMES)[number];

export interface DonorReportInput {
  donorId: number;
  /** First and last calendar days of reception, `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
}

export interface DonorReportBatch {
  code: string;
  receivedOn: string;
  devices: number;
  /** Its devices covered by an erasure certificate. */
  certified: number;
}

export interface DonorReportDevice {
  assetTag: string;
  serial: string;
  imei: string;
  kind: DeviceKind;
  make: string;
  model: string;
  batch: string;
  receivedOn: string;
  outcome: DonorOutcome;
  /** The device's state when its outcome is `in_process` (its stage), else null. */
  stage: DeviceState | null;
  certificateReference: string | null;
  /** The instant the latest erasure certificate covering the device was issued. */
  certificateIssuedAt: string | null;
}

export interface DonorReport {
  donor: { id: number; name: string };
  from: string;
  to: string;
  received: number;
  byBatch: DonorReportBatch[];
  byKind: { kind: DeviceKind; devices: number }[];
  byOutcome: Record<DonorOutcome, number>;
  /** Devices by kind and outcome (the PDF's summary table); kinds and outcomes with no device are left out. */
  byKindAndOutcome: { kind: DeviceKind; outcome: DonorOutcome; devices: number }[];
  /** Devices still in process, by their stage. */
  byStage: { stage: DeviceState; devices: number }[];
  certified: number;
  devices: DonorReportDevice[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The outcome as SQL, from the device's state and its latest handover's kind (no beneficiary column is read). */
const OUTCOME_SQL = `
  CASE
    WHEN d.status = 'allocated' THEN
      CASE (SELECT h.kind FROM handover_items hi JOIN handovers h ON h.id = hi.handover_id
            WHERE hi.device_id = d.id ORDER BY hi.id DESC LIMIT 1)
        WHEN 'donation' THEN 'given' ELSE 'lent' END
    WHEN d.status = 'harvested' THEN 'harvested'
    WHEN d.status = 'recycled' THEN 'recycled'
    WHEN d.status = 'lost_stolen' THEN 'lost'
    ELSE 'in_process'
  END`;

/** The donor's counted devices received in the period. */
const SCOPE_SQL = `
  FROM devices d JOIN batches b ON b.id = d.batch_id
  WHERE b.donor_id = @donorId AND d.received_on BETWEEN @from AND @to AND d.status <> '${VOIDED_STATE}'`;

function checkInput(input: DonorReportInput): void {
  for (const field of ['from', 'to'] as const)
    if (!DAY.test(input[field]))
      throw new DomainError('invalid_input', { field: `field.${field}`, detail: 'validation.date' }, field);
  if (input.to < input.from)
    throw new DomainError('invalid_input', { field: 'field.to', detail: 'validation.period_order' }, 'to');
}

export function donorReport(store: Store, input: DonorReportInput): DonorReport {
  checkInput(input);
  const donor = store.people.getDonor(input.donorId);
  if (!donor) throw new DomainError('not_found', { entity: 'entity.donor', ref: String(input.donorId) }, 'donorId');
  const params = { donorId: donor.id, from: input.from, to: input.to };
  const db = store.db;

  const byBatch = db
    .prepare(
      `SELECT b.code AS code, b.received_on AS receivedOn, COUNT(*) AS devices,
              SUM(EXISTS (SELECT 1 FROM document_devices dd JOIN documents doc ON doc.id = dd.document_id
                          WHERE dd.device_id = d.id AND doc.kind = 'erasure-certificate')) AS certified
       ${SCOPE_SQL}
       GROUP BY b.id ORDER BY b.received_on, b.code`,
    )
    .all(params) as DonorReportBatch[];
  const byKind = db
    .prepare(`SELECT d.kind AS kind, COUNT(*) AS devices ${SCOPE_SQL} GROUP BY d.kind ORDER BY d.kind`)
    .all(params) as { kind: DeviceKind; devices: number }[];
  const outcomes = db
    .prepare(`SELECT ${OUTCOME_SQL} AS outcome, COUNT(*) AS devices ${SCOPE_SQL} GROUP BY outcome`)
    .all(params) as { outcome: DonorOutcome; devices: number }[];
  const byKindAndOutcome = db
    .prepare(
      `SELECT d.kind AS kind, ${OUTCOME_SQL} AS outcome, COUNT(*) AS devices ${SCOPE_SQL}
       GROUP BY d.kind, outcome ORDER BY d.kind, outcome`,
    )
    .all(params) as { kind: DeviceKind; outcome: DonorOutcome; devices: number }[];
  const byStage = db
    .prepare(
      `SELECT d.status AS stage, COUNT(*) AS devices ${SCOPE_SQL}
         AND d.status NOT IN ('allocated', 'harvested', 'recycled', 'lost_stolen')
       GROUP BY d.status ORDER BY d.status`,
    )
    .all(params) as { stage: DeviceState; devices: number }[];

  const rows = db
    .prepare(
      `SELECT d.asset_tag AS assetTag, d.serial AS serial, d.imei AS imei, d.kind AS kind, d.make AS make,
              d.model AS model, b.code AS batch, d.received_on AS receivedOn, d.status AS status,
              ${OUTCOME_SQL} AS outcome, c.reference AS certificateReference, c.created_at AS certificateIssuedAt
       FROM devices d JOIN batches b ON b.id = d.batch_id
       LEFT JOIN documents c ON c.id = (
         SELECT doc.id FROM document_devices dd JOIN documents doc ON doc.id = dd.document_id
         WHERE dd.device_id = d.id AND doc.kind = 'erasure-certificate' ORDER BY doc.id DESC LIMIT 1)
       WHERE b.donor_id = @donorId AND d.received_on BETWEEN @from AND @to AND d.status <> '${VOIDED_STATE}'
       ORDER BY b.received_on, b.code, d.asset_tag`,
    )
    .all(params) as (Omit<DonorReportDevice, 'stage'> & { status: DeviceState })[];
  const devices = rows.map(({ status, ...row }) => ({
    ...row,
    stage: row.outcome === 'in_process' ? status : null,
  }));

  const byOutcome = Object.fromEntries(DONOR_OUTCOMES.map((o) => [o, 0])) as Record<DonorOutcome, number>;
  for (const { outcome, devices: count } of outcomes) byOutcome[outcome] = count;
  return {
    donor: { id: donor.id, name: donor.name },
    from: input.from,
    to: input.to,
    received: byBatch.reduce((sum, batch) => sum + batch.devices, 0),
    byBatch,
    byKind,
    byOutcome,
    byKindAndOutcome,
    byStage,
    certified: devices.filter((device) => device.certificateReference !== null).length,
    devices,
  };
}
