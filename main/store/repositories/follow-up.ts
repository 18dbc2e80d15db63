import type { FollowUpGroup, ProgrammeProgress } from '../../../shared/contract/lending-types';
import type { TargetItem } from '../../../shared/domain/lending';
import type { Db } from '../open';
import { oneRow } from '../one-row';
import type { Column } from '../tables';
import { SUMMARY_SQL, toSummary, type SummaryRow } from './handovers';

export interface LoanQuery {
  partnerId: number | null;
  programmeId: number | null;
  /** Inclusive bounds on the due date; null for no bound. */
  dueFrom: string | null;
  dueTo: string | null;
  limit: number;
}

export interface ExpiringSimRow {
  simId: Column<'sim_cards', 'id'>;
  iccid: Column<'sim_cards', 'iccid'>;
  phoneNumber: Column<'sim_cards', 'phone_number'>;
  operator: Column<'sim_cards', 'operator'>;
  status: Column<'sim_cards', 'status'>;
  /** Not null: only cards with an end date are listed. */
  expiresOn: string;
  handoverId: Column<'handover_items', 'handover_id'> | null;
}

export interface ProgrammeItemCount {
  item: TargetItem;
  handedOut: number;
  stillOut: number;
}

export interface CategoryCount {
  category: Column<'beneficiaries', 'category'>;
  beneficiaries: number;
}

type Counts = Omit<ProgrammeProgress, 'programme' | 'items' | 'byCategory'>;

const OPEN_LOANS = `h.closed_on IS NULL AND h.kind = 'loan'
  AND (@partnerId IS NULL OR h.referring_partner_id = @partnerId)
  AND (@programmeId IS NULL OR h.programme_id = @programmeId)
  AND (@dueFrom IS NULL OR h.due_on >= @dueFrom)
  AND (@dueTo IS NULL OR h.due_on <= @dueTo)`;

/** The read-side queries of the follow-up screens and of programme reports. */
export class FollowUpRepository {
  private readonly statements;

  constructor(db: Db) {
    const group = (table: 'partners' | 'programmes', column: string) =>
      db.prepare<LoanQuery & { today: string }, FollowUpGroup>(
        `SELECT g.id, g.name, count(*) AS loans, COALESCE(sum(h.due_on < @today), 0) AS overdue
         FROM handovers h JOIN ${table} g ON g.id = h.${column}
         WHERE ${OPEN_LOANS} GROUP BY g.id ORDER BY g.name COLLATE NOCASE`,
      );
    this.statements = {
      loans: db.prepare<LoanQuery, SummaryRow>(
        `${SUMMARY_SQL} WHERE ${OPEN_LOANS} ORDER BY h.due_on, h.id LIMIT @limit`,
      ),
      byPartner: group('partners', 'referring_partner_id'),
      byProgramme: group('programmes', 'programme_id'),
      expiringSims: db.prepare<{ from: string | null; until: string }, ExpiringSimRow>(
        `SELECT s.id AS simId, s.iccid, s.phone_number AS phoneNumber, s.operator, s.status, s.expires_on AS expiresOn,
           (SELECT i.handover_id FROM handover_items i WHERE i.sim_id = s.id AND i.return_id IS NULL) AS handoverId
         FROM sim_cards s
         WHERE s.expires_on IS NOT NULL AND s.expires_on <= @until AND (@from IS NULL OR s.expires_on >= @from)
           AND s.status IN ('allocated', 'active', 'expired')
         ORDER BY s.expires_on, s.id`,
      ),
      itemCounts: db.prepare<[programmeId: number], ProgrammeItemCount>(
        `SELECT COALESCE(d.kind, 'sim') AS item, count(*) AS handedOut, COALESCE(sum(i.return_id IS NULL), 0) AS stillOut
         FROM handovers h JOIN handover_items i ON i.handover_id = h.id LEFT JOIN devices d ON d.id = i.device_id
         WHERE h.programme_id = ? GROUP BY item`,
      ),
      counts: db.prepare<[programmeId: number], Counts>(
        `SELECT count(*) AS handovers, COALESCE(sum(kind = 'loan'), 0) AS loans,
           COALESCE(sum(kind = 'donation'), 0) AS donations, count(DISTINCT beneficiary_id) AS beneficiaries,
           count(DISTINCT recipient_partner_id) AS institutions
         FROM handovers WHERE programme_id = ?`,
      ),
      byCategory: db.prepare<[programmeId: number], CategoryCount>(
        `SELECT b.category, count(DISTINCT b.id) AS beneficiaries
         FROM handovers h JOIN beneficiaries b ON b.id = h.beneficiary_id
         WHERE h.programme_id = ? GROUP BY b.category ORDER BY b.category`,
      ),
    };
  }

  openLoans(query: LoanQuery) {
    return this.statements.loans.all(query).map(toSummary);
  }

  loanGroups(by: 'partner' | 'programme', query: LoanQuery, today: string): FollowUpGroup[] {
    const statement = by === 'partner' ? this.statements.byPartner : this.statements.byProgramme;
    return statement.all({ ...query, today });
  }

  /** Cards out with someone whose credit ends on or before `until` (and not before `from` when given). */
  expiringSims(from: string | null, until: string): ExpiringSimRow[] {
    return this.statements.expiringSims.all({ from, until });
  }

  programmeItems(programmeId: number): ProgrammeItemCount[] {
    return this.statements.itemCounts.all(programmeId);
  }

  programmeCounts(programmeId: number): Counts {
    return oneRow(this.statements.counts, programmeId);
  }

  programmeCategories(programmeId: number): CategoryCount[] {
    return this.statements.byCategory.all(programmeId);
  }
}
