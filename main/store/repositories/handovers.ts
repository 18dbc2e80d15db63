import type { HandoverItem, HandoverSummary, HandoverTerms, ItemReturn } from '../../../shared/contract/lending-types';
import type { HandoverKind } from '../../../shared/domain/lending';
import type { Db } from '../open';
import { oneRow } from '../one-row';
import type { Column } from '../tables';

export interface NewHandover {
  number: string;
  kind: HandoverKind;
  beneficiaryId: number | null;
  recipientPartnerId: number | null;
  referringPartnerId: number;
  programmeId: number;
  handedOn: string;
  dueOn: string | null;
  closedOn: string | null;
  terms: HandoverTerms;
  accessories: string[];
  notes: string | null;
  createdBy: number;
}

export interface HandoverListFilter {
  partnerId: number | null;
  programmeId: number | null;
  beneficiaryId: number | null;
  /** Only the handovers this device went out with. */
  deviceId?: number | null;
  openOnly: boolean;
  limit: number;
}

export interface HandoverRecord extends HandoverSummary {
  terms: HandoverTerms;
  notes: string | null;
  createdBy: { id: number; name: string };
  createdAt: string;
}

export interface OpenItem {
  itemId: number;
  handoverId: number;
  number: string;
  handedOn: string;
}

export interface SimHandover {
  handoverId: number;
  number: string;
  handedOn: string;
  returnedOn: string | null;
}

export interface ItemRow {
  id: Column<'handover_items', 'id'>;
  handoverId: Column<'handover_items', 'handover_id'>;
  deviceId: Column<'handover_items', 'device_id'>;
  simId: Column<'handover_items', 'sim_id'>;
  returnId: Column<'handover_items', 'return_id'>;
}

export interface SummaryRow
  extends Omit<HandoverSummary, 'recipientType' | 'recipientLabel' | 'referringPartner' | 'programme'> {
  recipientPartnerName: Column<'partners', 'name'> | null;
  reference: Column<'beneficiaries', 'reference'> | null;
  firstName: Column<'beneficiaries', 'first_name'>;
  lastName: Column<'beneficiaries', 'last_name'>;
  referringPartnerId: Column<'handovers', 'referring_partner_id'>;
  referringPartnerName: Column<'partners', 'name'>;
  programmeId: Column<'handovers', 'programme_id'>;
  programmeName: Column<'programmes', 'name'>;
}

/** What the list's filter binds: `openOnly` as SQLite's 0 or 1. */
type ListParams = Omit<HandoverListFilter, 'openOnly'> & { openOnly: 0 | 1 };

interface ExtraRow {
  terms: Column<'handovers', 'terms'>;
  notes: Column<'handovers', 'notes'>;
  createdById: Column<'handovers', 'created_by'>;
  createdByName: Column<'operators', 'name'>;
  createdAt: Column<'handovers', 'created_at'>;
}

export const SUMMARY_SQL = `SELECT h.id, h.number, h.kind, h.handed_on AS handedOn, h.due_on AS dueOn,
    h.closed_on AS closedOn, h.beneficiary_id AS beneficiaryId, h.recipient_partner_id AS recipientPartnerId,
    rp.name AS recipientPartnerName, b.reference, b.first_name AS firstName, b.last_name AS lastName,
    h.referring_partner_id AS referringPartnerId, fp.name AS referringPartnerName,
    h.programme_id AS programmeId, pg.name AS programmeName,
    (SELECT count(*) FROM handover_items i WHERE i.handover_id = h.id) AS itemCount,
    (SELECT count(*) FROM handover_items i WHERE i.handover_id = h.id AND i.return_id IS NULL) AS openItems
  FROM handovers h
  LEFT JOIN beneficiaries b ON b.id = h.beneficiary_id
  LEFT JOIN partners rp ON rp.id = h.recipient_partner_id
  JOIN partners fp ON fp.id = h.referring_partner_id
  JOIN programmes pg ON pg.id = h.programme_id`;

export function toSummary(row: SummaryRow): HandoverSummary {
  const { recipientPartnerName, reference, firstName, lastName, ...withIds } = row;
  const { referringPartnerId, referringPartnerName, programmeId, programmeName, ...rest } = withIds;
  const name = [firstName, lastName].filter(Boolean).join(' ');
  return {
    ...rest,
    recipientType: row.beneficiaryId === null ? 'partner' : 'beneficiary',
    recipientLabel:
      row.beneficiaryId === null ? (recipientPartnerName ?? '') : [reference, name].filter(Boolean).join(' — '),
    referringPartner: { id: referringPartnerId, name: referringPartnerName },
    programme: { id: programmeId, name: programmeName },
  };
}

/** Handovers and the items in them; `returns.ts` records what comes back. */
export class HandoverRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO handovers (number, kind, beneficiary_id, recipient_partner_id, referring_partner_id, programme_id,
           handed_on, due_on, closed_on, terms, accessories, notes, created_by, created_at)
         VALUES (@number, @kind, @beneficiaryId, @recipientPartnerId, @referringPartnerId, @programmeId, @handedOn,
           @dueOn, @closedOn, @terms, @accessories, @notes, @createdBy, @now)`,
      ),
      insertItem: db.prepare('INSERT INTO handover_items (handover_id, device_id, sim_id) VALUES (?, ?, ?)'),
      summary: db.prepare<[id: number], SummaryRow>(`${SUMMARY_SQL} WHERE h.id = ?`),
      extra: db.prepare<[id: number], ExtraRow>(
        `SELECT h.terms, h.notes, h.created_by AS createdById, o.name AS createdByName, h.created_at AS createdAt
         FROM handovers h JOIN operators o ON o.id = h.created_by WHERE h.id = ?`,
      ),
      list: db.prepare<ListParams, SummaryRow>(
        `${SUMMARY_SQL}
         WHERE (@partnerId IS NULL OR h.referring_partner_id = @partnerId OR h.recipient_partner_id = @partnerId)
           AND (@programmeId IS NULL OR h.programme_id = @programmeId)
           AND (@beneficiaryId IS NULL OR h.beneficiary_id = @beneficiaryId)
           AND (@deviceId IS NULL OR EXISTS
             (SELECT 1 FROM handover_items di WHERE di.handover_id = h.id AND di.device_id = @deviceId))
           AND (@openOnly = 0 OR h.closed_on IS NULL)
         ORDER BY h.handed_on DESC, h.id DESC LIMIT @limit`,
      ),
      items: db.prepare<[handoverId: number], ItemJoinRow>(
        `SELECT i.id, i.device_id AS deviceId, i.sim_id AS simId, d.asset_tag AS assetTag, d.make, d.model,
           d.status AS deviceStatus, s.iccid, s.operator, s.plan_name AS planName, s.phone_number AS phoneNumber,
           s.status AS simStatus, i.return_id AS returnId, r.number AS returnNumber, r.returned_on AS returnedOn,
           i.return_condition AS condition, i.return_grade AS grade, i.sim_outcome AS simOutcome
         FROM handover_items i
         LEFT JOIN devices d ON d.id = i.device_id
         LEFT JOIN sim_cards s ON s.id = i.sim_id
         LEFT JOIN returns r ON r.id = i.return_id
         WHERE i.handover_id = ? ORDER BY i.id`,
      ),
      item: db.prepare<[id: number], ItemRow>(
        `SELECT id, handover_id AS handoverId, device_id AS deviceId, sim_id AS simId, return_id AS returnId
         FROM handover_items WHERE id = ?`,
      ),
      openForDevice: db.prepare<[deviceId: number], OpenItem>(
        `SELECT i.id AS itemId, h.id AS handoverId, h.number, h.handed_on AS handedOn
         FROM handover_items i JOIN handovers h ON h.id = i.handover_id
         WHERE i.device_id = ? AND i.return_id IS NULL`,
      ),
      openForSim: db.prepare<[simId: number], OpenItem>(
        `SELECT i.id AS itemId, h.id AS handoverId, h.number, h.handed_on AS handedOn
         FROM handover_items i JOIN handovers h ON h.id = i.handover_id
         WHERE i.sim_id = ? AND i.return_id IS NULL`,
      ),
      openItemCount: db
        .prepare<[handoverId: number], number>(
          'SELECT count(*) FROM handover_items WHERE handover_id = ? AND return_id IS NULL',
        )
        .pluck(),
      close: db.prepare('UPDATE handovers SET closed_on = ? WHERE id = ? AND closed_on IS NULL'),
      forSim: db.prepare<[simId: number], SimHandover>(
        `SELECT h.id AS handoverId, h.number, h.handed_on AS handedOn, r.returned_on AS returnedOn
         FROM handover_items i JOIN handovers h ON h.id = i.handover_id LEFT JOIN returns r ON r.id = i.return_id
         WHERE i.sim_id = ? ORDER BY i.id DESC`,
      ),
      forBeneficiary: db
        .prepare<[beneficiaryId: number], Column<'handovers', 'id'>>(
          'SELECT id FROM handovers WHERE beneficiary_id = ? ORDER BY id',
        )
        .pluck(),
      scrub: db.prepare('UPDATE handovers SET terms = ?, accessories = ?, notes = NULL WHERE id = ?'),
    };
  }

  insert(handover: NewHandover, now: string): number {
    return Number(
      this.statements.insert.run({
        ...handover,
        terms: JSON.stringify(handover.terms),
        accessories: JSON.stringify(handover.accessories),
        now,
      }).lastInsertRowid,
    );
  }

  insertItem(handoverId: number, item: { deviceId: number } | { simId: number }): number {
    const deviceId = 'deviceId' in item ? item.deviceId : null;
    const simId = 'simId' in item ? item.simId : null;
    return Number(this.statements.insertItem.run(handoverId, deviceId, simId).lastInsertRowid);
  }

  summary(id: number): HandoverSummary | null {
    const row = this.statements.summary.get(id);
    return row ? toSummary(row) : null;
  }

  record(id: number): HandoverRecord | null {
    const summary = this.summary(id);
    const extra = this.statements.extra.get(id);
    if (!summary || !extra) return null;
    return {
      ...summary,
      terms: JSON.parse(extra.terms) as HandoverTerms,
      notes: extra.notes,
      createdBy: { id: extra.createdById, name: extra.createdByName },
      createdAt: extra.createdAt,
    };
  }

  list(filter: HandoverListFilter): HandoverSummary[] {
    return this.statements.list
      .all({ ...filter, deviceId: filter.deviceId ?? null, openOnly: filter.openOnly ? 1 : 0 })
      .map(toSummary);
  }

  items(handoverId: number): HandoverItem[] {
    return this.statements.items.all(handoverId).map(toItem);
  }

  item(id: number): ItemRow | null {
    return this.statements.item.get(id) ?? null;
  }

  openItemForDevice(deviceId: number): OpenItem | null {
    return this.statements.openForDevice.get(deviceId) ?? null;
  }

  openItemForSim(simId: number): OpenItem | null {
    return this.statements.openForSim.get(simId) ?? null;
  }

  openItemCount(handoverId: number): number {
    return oneRow(this.statements.openItemCount, handoverId);
  }

  close(handoverId: number, on: string): void {
    this.statements.close.run(on, handoverId);
  }

  /** Every handover a SIM card went out in, newest first. */
  historyForSim(simId: number): SimHandover[] {
    return this.statements.forSim.all(simId);
  }

  idsForBeneficiary(beneficiaryId: number): number[] {
    return this.statements.forBeneficiary.all(beneficiaryId);
  }

  /**
   * Replaces the terms (with the person removed), the accessories with those of the scrubbed terms, and clears the
   * handover's free-text notes.
   */
  scrub(handoverId: number, terms: HandoverTerms): void {
    this.statements.scrub.run(JSON.stringify(terms), JSON.stringify(terms.accessories), handoverId);
  }
}

interface ItemJoinRow extends Omit<ItemReturn, 'returnId'> {
  id: Column<'handover_items', 'id'>;
  deviceId: Column<'handover_items', 'device_id'>;
  simId: Column<'handover_items', 'sim_id'>;
  assetTag: Column<'devices', 'asset_tag'> | null;
  make: Column<'devices', 'make'> | null;
  model: Column<'devices', 'model'> | null;
  deviceStatus: Column<'devices', 'status'> | null;
  iccid: Column<'sim_cards', 'iccid'> | null;
  operator: Column<'sim_cards', 'operator'> | null;
  planName: Column<'sim_cards', 'plan_name'> | null;
  phoneNumber: Column<'sim_cards', 'phone_number'>;
  simStatus: Column<'sim_cards', 'status'> | null;
  returnId: Column<'handover_items', 'return_id'>;
}

function toItem(row: ItemJoinRow): HandoverItem {
  const isDevice = row.deviceId !== null;
  const description = isDevice
    ? [row.make, row.model].filter(Boolean).join(' ')
    : [row.operator, row.planName, row.phoneNumber].filter(Boolean).join(' · ');
  return {
    id: row.id,
    type: isDevice ? 'device' : 'sim',
    deviceId: row.deviceId,
    simId: row.simId,
    label: (isDevice ? row.assetTag : row.iccid) ?? '',
    description,
    currentStatus: (isDevice ? row.deviceStatus : row.simStatus) ?? 'in_stock',
    returned:
      row.returnId === null
        ? null
        : {
            returnId: row.returnId,
            returnNumber: row.returnNumber,
            returnedOn: row.returnedOn,
            condition: row.condition,
            grade: row.grade,
            simOutcome: row.simOutcome,
          },
  };
}
