import type { Statement } from 'better-sqlite3';
import type { ExportDataset } from '../../../shared/domain/exports';
import type { Db } from '../open';

/** One chunk of an export: its rows in order, and the key to pass back for the next one (null after the last). */
export interface ExportChunk {
  rows: Record<string, unknown>[];
  next: number | null;
}

/**
 * The flat rows of the exports, read in chunks by id so that an export of 100 000 rows never holds them all and
 * never keeps a statement open between chunks (the connection answers other calls meanwhile). `@personal` is 1
 * when the caller may see personal data: an individual donor's name is read as NULL otherwise.
 */
export class ExportRepository {
  private readonly statements: Record<string, Statement>;
  private readonly counts: Record<Exclude<ExportDataset, 'inventory'>, Statement>;

  constructor(db: Db) {
    this.counts = {
      erasures: db
        .prepare(`SELECT (SELECT count(*) FROM devices WHERE status <> 'voided') + (SELECT count(*) FROM erasures)`)
        .pluck(),
      handovers: db.prepare('SELECT count(*) FROM handover_items').pluck(),
      sims: db.prepare('SELECT count(*) FROM sim_cards').pluck(),
      'top-ups': db.prepare('SELECT count(*) FROM sim_top_ups').pluck(),
      recycling: db.prepare('SELECT count(*) FROM recyclings').pluck(),
      donors: db.prepare('SELECT count(*) FROM donors').pluck(),
      batches: db.prepare('SELECT count(*) FROM batches').pluck(),
    };
    const donorName = "CASE WHEN dn.kind <> 'individual' OR @personal = 1 THEN dn.name END";
    this.statements = {
      // Devices are chunked by id; each chunk's last device id bounds the rows of its drives and records.
      deviceBound: db
        .prepare(
          `SELECT max(id) FROM (SELECT id FROM devices WHERE id > @after AND status <> 'voided' ORDER BY id LIMIT @limit)`,
        )
        .pluck(),
      erasures: db.prepare(
        `SELECT * FROM (
           SELECT d.id AS deviceId, d.asset_tag AS assetTag, d.kind, d.status, d.make, d.model, d.serial, d.imei,
             dr.id AS driveId, dr.serial AS driveSerial, dr.type AS driveType, dr.capacity_gb AS capacityGb,
             e.id AS erasureId, e.level, e.technique, e.passes, e.tool, e.tool_version AS toolVersion,
             e.started_at AS startedAt, e.ended_at AS endedAt, e.result, e.verification,
             po.name AS performedBy, vo.name AS verifiedBy, e.verified_at AS verifiedAt
           FROM devices d JOIN drives dr ON dr.device_id = d.id
             LEFT JOIN erasures e ON e.drive_id = dr.id
             LEFT JOIN operators po ON po.id = e.performed_by LEFT JOIN operators vo ON vo.id = e.verified_by
           WHERE d.id > @after AND d.id <= @upTo AND d.status <> 'voided'
           UNION ALL
           SELECT d.id, d.asset_tag, d.kind, d.status, d.make, d.model, d.serial, d.imei,
             NULL, NULL, NULL, NULL,
             e.id, e.level, e.technique, e.passes, e.tool, e.tool_version, e.started_at, e.ended_at, e.result,
             e.verification, po.name, vo.name, e.verified_at
           FROM devices d JOIN erasures e ON e.device_id = d.id AND e.drive_id IS NULL
             JOIN operators po ON po.id = e.performed_by LEFT JOIN operators vo ON vo.id = e.verified_by
           WHERE d.id > @after AND d.id <= @upTo AND d.status <> 'voided'
           UNION ALL
           SELECT d.id, d.asset_tag, d.kind, d.status, d.make, d.model, d.serial, d.imei,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
           FROM devices d
           WHERE d.id > @after AND d.id <= @upTo AND d.status <> 'voided'
             AND NOT EXISTS (SELECT 1 FROM drives x WHERE x.device_id = d.id)
             AND NOT EXISTS (SELECT 1 FROM erasures x WHERE x.device_id = d.id)
         ) ORDER BY deviceId, driveId IS NULL, driveId, erasureId`,
      ),
      handoverBound: db
        .prepare('SELECT max(id) FROM (SELECT id FROM handovers WHERE id > @after ORDER BY id LIMIT @limit)')
        .pluck(),
      handovers: db.prepare(
        `SELECT h.id AS handoverId, h.number, h.kind AS handoverKind, h.handed_on AS handedOn, h.due_on AS dueOn,
           h.closed_on AS closedOn, pg.name AS programme, pg.funder, rp.name AS referringPartner,
           ip.name AS recipientPartner, b.reference AS beneficiaryReference, b.category, b.minor,
           b.first_name AS firstName, b.last_name AS lastName,
           d.asset_tag AS assetTag, d.kind, d.serial, s.iccid, r.number AS returnNumber, r.returned_on AS returnedOn,
           i.return_grade AS returnGrade, i.return_condition AS returnCondition
         FROM handovers h JOIN programmes pg ON pg.id = h.programme_id
           JOIN partners rp ON rp.id = h.referring_partner_id
           LEFT JOIN partners ip ON ip.id = h.recipient_partner_id
           LEFT JOIN beneficiaries b ON b.id = h.beneficiary_id
           JOIN handover_items i ON i.handover_id = h.id
           LEFT JOIN devices d ON d.id = i.device_id LEFT JOIN sim_cards s ON s.id = i.sim_id
           LEFT JOIN returns r ON r.id = i.return_id
         WHERE h.id > @after AND h.id <= @upTo ORDER BY h.id, i.id`,
      ),
      sims: db.prepare(
        `SELECT s.id, s.iccid, s.phone_number AS phoneNumber, s.operator, s.plan_name AS planName,
           s.plan_data_gb AS planDataGb, s.plan_validity_days AS planValidityDays, s.status AS simStatus,
           s.expires_on AS expiresOn, s.received_on AS receivedOn,
           (SELECT count(*) FROM sim_top_ups t WHERE t.sim_id = s.id) AS topUps,
           (SELECT coalesce(sum(amount_cents), 0) FROM sim_top_ups t WHERE t.sim_id = s.id) AS topUpsCents
         FROM sim_cards s WHERE s.id > @after ORDER BY s.id LIMIT @limit`,
      ),
      topUps: db.prepare(
        `SELECT t.id, s.iccid, s.phone_number AS phoneNumber, t.topped_up_on AS toppedUpOn, t.amount_cents AS amountCents,
           t.data_gb AS dataGb, t.validity_days AS validityDays, pg.name AS programme, o.name AS recordedBy,
           t.recorded_at AS recordedAt
         FROM sim_top_ups t JOIN sim_cards s ON s.id = t.sim_id JOIN operators o ON o.id = t.recorded_by
           LEFT JOIN programmes pg ON pg.id = t.programme_id
         WHERE t.id > @after ORDER BY t.id LIMIT @limit`,
      ),
      donors: db.prepare(
        `SELECT dn.id, ${donorName} AS donor, dn.kind AS donorKind, dn.contact, dn.created_at AS createdAt,
           (SELECT count(*) FROM batches b WHERE b.donor_id = dn.id) AS batches,
           (SELECT count(*) FROM devices d JOIN batches b ON b.id = d.batch_id
             WHERE b.donor_id = dn.id AND d.status <> 'voided') AS devices
         FROM donors dn WHERE dn.id > @after ORDER BY dn.id LIMIT @limit`,
      ),
      batches: db.prepare(
        `SELECT b.id, b.code AS batchCode, ${donorName} AS donor, dn.kind AS donorKind, s.name AS site,
           b.received_on AS receivedOn, b.expected_count AS expectedCount,
           (SELECT count(*) FROM devices d WHERE d.batch_id = b.id AND d.status <> 'voided') AS devices,
           b.closed_at AS closedAt
         FROM batches b JOIN donors dn ON dn.id = b.donor_id JOIN sites s ON s.id = b.site_id
         WHERE b.id > @after ORDER BY b.id LIMIT @limit`,
      ),
      // The waste register is chronological: pickups by day, then in the order they were recorded.
      recycling: db.prepare(
        `SELECT r.id, r.pickup_date AS pickupDate, r.recycler, r.weight_kg AS weightKg, r.certificate_ref AS certificateRef,
           r.waste_code AS wasteCode, r.waste_code AS wasteLabel,
           CASE WHEN r.waste_code IS NULL THEN NULL ELSE r.waste_code LIKE '%*' END AS hazardous,
           r.recycler_kind AS recyclerKind, r.contract_ref AS contractRef, r.transport_document AS transportDocument,
           o.name AS recordedBy, (SELECT count(*) FROM recycling_devices rd WHERE rd.recycling_id = r.id) AS deviceCount
         FROM recyclings r JOIN operators o ON o.id = r.recorded_by
         WHERE (r.pickup_date, r.id) > (@afterDay, @after) ORDER BY r.pickup_date, r.id LIMIT @limit`,
      ),
    };
  }

  /** The rows of the next `limit` parents (devices or handovers) after `after`, children included. */
  private byBound(
    bound: 'deviceBound' | 'handoverBound',
    rows: 'erasures' | 'handovers',
    after: number,
    limit: number,
  ): ExportChunk {
    const upTo = this.statements[bound]?.get({ after, limit }) as number | null | undefined;
    if (upTo === null || upTo === undefined) return { rows: [], next: null };
    const found = (this.statements[rows]?.all({ after, upTo }) ?? []) as Record<string, unknown>[];
    return { rows: found, next: upTo };
  }

  private byId(
    name: 'sims' | 'topUps' | 'donors' | 'batches',
    after: number,
    limit: number,
    personal: boolean,
  ): ExportChunk {
    const statement = this.statements[name];
    if (!statement) return { rows: [], next: null };
    const params =
      name === 'donors' || name === 'batches' ? { after, limit, personal: personal ? 1 : 0 } : { after, limit };
    const rows = statement.all(params) as Record<string, unknown>[];
    const last = rows.at(-1);
    return { rows, next: rows.length === limit && last ? (last.id as number) : null };
  }

  /** The erasure register: each device with each drive and its erasure records, whole-device records, or one bare row. */
  erasures(after: number, devices: number): ExportChunk {
    return this.byBound('deviceBound', 'erasures', after, devices);
  }

  /** One row per item handed over, with its return when there is one. */
  handovers(after: number, handovers: number): ExportChunk {
    return this.byBound('handoverBound', 'handovers', after, handovers);
  }

  sims(after: number, limit: number): ExportChunk {
    return this.byId('sims', after, limit, false);
  }

  topUps(after: number, limit: number): ExportChunk {
    return this.byId('topUps', after, limit, false);
  }

  donors(after: number, limit: number, personal: boolean): ExportChunk {
    return this.byId('donors', after, limit, personal);
  }

  batches(after: number, limit: number, personal: boolean): ExportChunk {
    return this.byId('batches', after, limit, personal);
  }

  /** Pickups in chronological order; `after` is the last row of the chunk before (day and id). */
  recycling(
    after: { day: string; id: number } | null,
    limit: number,
  ): { rows: Record<string, unknown>[]; next: { day: string; id: number } | null } {
    const rows = (this.statements.recycling?.all({ afterDay: after?.day ?? '', after: after?.id ?? 0, limit }) ??
      []) as Record<string, unknown>[];
    const last = rows.at(-1);
    return {
      rows,
      next: rows.length === limit && last ? { day: last.pickupDate as string, id: last.id as number } : null,
    };
  }

  /** About how many rows an export of this list writes (for its progress bar). */
  expectedRows(dataset: Exclude<ExportDataset, 'inventory'>): number {
    return this.counts[dataset].get() as number;
  }
}
