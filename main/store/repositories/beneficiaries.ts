import type { Beneficiary } from '../../../shared/contract/lending-types';
import type { BeneficiaryCategory } from '../../../shared/domain/lending';
import type { Db } from '../open';
import { oneRow } from '../one-row';
import type { Column } from '../tables';

export interface BeneficiaryFields {
  partnerId: number;
  reference: string;
  category: BeneficiaryCategory;
  minor: boolean;
  firstName: string | null;
  lastName: string | null;
  address: string | null;
  guardianName: string | null;
  referentName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  consentOn: string | null;
}

/** The stored row, unmasked; services decide what the caller sees. */
export type BeneficiaryRecord = Omit<Beneficiary, 'masked'>;
type BeneficiaryRow = Omit<BeneficiaryRecord, 'minor'> & { minor: Column<'beneficiaries', 'minor'> };

interface SearchParams {
  query: string;
  like: string;
  partnerId: number | null;
  includeAnonymised: 0 | 1;
  limit: number;
}

const toRecord = ({ minor, ...row }: BeneficiaryRow): BeneficiaryRecord => ({ ...row, minor: minor === 1 });

/** People referred by partners. Only what the agreement needs, and nothing once anonymised. */
export class BeneficiaryRepository {
  private readonly statements;

  constructor(db: Db) {
    const columns = `b.id, b.partner_id AS partnerId, p.name AS partnerName, b.reference, b.category, b.minor,
      b.first_name AS firstName, b.last_name AS lastName, b.address, b.guardian_name AS guardianName,
      b.referent_name AS referentName, b.contact_phone AS contactPhone, b.contact_email AS contactEmail,
      b.consent_on AS consentOn, b.anonymised_at AS anonymisedAt,
      (SELECT count(*) FROM handovers h WHERE h.beneficiary_id = b.id AND h.closed_on IS NULL) AS openHandovers`;
    const from = 'FROM beneficiaries b JOIN partners p ON p.id = b.partner_id';
    // The day the person's last handover closed, or the day they were recorded if they never received anything.
    const lastClosed = `COALESCE((SELECT max(h.closed_on) FROM handovers h WHERE h.beneficiary_id = b.id),
      substr(b.created_at, 1, 10))`;
    const open = '(SELECT count(*) FROM handovers h WHERE h.beneficiary_id = b.id AND h.closed_on IS NULL)';
    this.statements = {
      one: db.prepare<[id: number], BeneficiaryRow>(`SELECT ${columns} ${from} WHERE b.id = ?`),
      search: db.prepare<SearchParams, BeneficiaryRow>(
        `SELECT ${columns} ${from}
         WHERE (@partnerId IS NULL OR b.partner_id = @partnerId)
           AND (@includeAnonymised = 1 OR b.anonymised_at IS NULL)
           AND (@query = '' OR b.reference LIKE @like ESCAPE '\\' OR b.last_name LIKE @like ESCAPE '\\'
                OR b.first_name LIKE @like ESCAPE '\\')
         ORDER BY b.last_name COLLATE NOCASE, b.first_name COLLATE NOCASE, b.reference LIMIT @limit`,
      ),
      count: db.prepare<[], number>('SELECT count(*) FROM beneficiaries').pluck(),
      byReference: db
        .prepare<[partnerId: number, reference: string], Column<'beneficiaries', 'id'>>(
          'SELECT id FROM beneficiaries WHERE partner_id = ? AND reference = ?',
        )
        .pluck(),
      insert: db.prepare(
        `INSERT INTO beneficiaries (partner_id, reference, category, minor, first_name, last_name, address,
           guardian_name, referent_name, contact_phone, contact_email, consent_on, created_at, updated_at)
         VALUES (@partnerId, @reference, @category, @minor, @firstName, @lastName, @address, @guardianName,
           @referentName, @contactPhone, @contactEmail, @consentOn, @now, @now)`,
      ),
      update: db.prepare(
        `UPDATE beneficiaries SET partner_id = @partnerId, reference = @reference, category = @category,
           minor = @minor, first_name = @firstName, last_name = @lastName, address = @address,
           guardian_name = @guardianName, referent_name = @referentName, contact_phone = @contactPhone,
           contact_email = @contactEmail, consent_on = @consentOn, updated_at = @now
         WHERE id = @id`,
      ),
      anonymise: db.prepare(
        `UPDATE beneficiaries SET reference = 'ANON-' || id, first_name = NULL, last_name = NULL, address = NULL,
           guardian_name = NULL, referent_name = NULL, contact_phone = NULL, contact_email = NULL,
           anonymised_at = @now, updated_at = @now
         WHERE id = @id AND anonymised_at IS NULL`,
      ),
      due: db
        .prepare<{ cutoff: string }, Column<'beneficiaries', 'id'>>(
          `SELECT b.id FROM beneficiaries b
           WHERE b.anonymised_at IS NULL AND ${open} = 0 AND ${lastClosed} <= @cutoff ORDER BY b.id`,
        )
        .pluck(),
      keptOpen: db
        .prepare<{ cutoff: string }, number>(
          `SELECT count(*) FROM beneficiaries b WHERE b.anonymised_at IS NULL AND EXISTS (
             SELECT 1 FROM handovers h WHERE h.beneficiary_id = b.id AND h.closed_on IS NULL AND h.handed_on <= @cutoff)`,
        )
        .pluck(),
    };
  }

  get(id: number): BeneficiaryRecord | null {
    const row = this.statements.one.get(id);
    return row ? toRecord(row) : null;
  }

  search(filter: {
    query: string;
    partnerId: number | null;
    includeAnonymised: boolean;
    limit: number;
  }): BeneficiaryRecord[] {
    const like = `%${filter.query.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
    const rows = this.statements.search.all({
      ...filter,
      includeAnonymised: filter.includeAnonymised ? 1 : 0,
      like,
    });
    return rows.map(toRecord);
  }

  count(): number {
    return oneRow(this.statements.count);
  }

  idByReference(partnerId: number, reference: string): number | null {
    return this.statements.byReference.get(partnerId, reference) ?? null;
  }

  insert(fields: BeneficiaryFields, now: string): number {
    return Number(this.statements.insert.run({ ...fields, minor: fields.minor ? 1 : 0, now }).lastInsertRowid);
  }

  update(id: number, fields: BeneficiaryFields, now: string): void {
    this.statements.update.run({ ...fields, id, minor: fields.minor ? 1 : 0, now });
  }

  /** Clears every identifying field and replaces the partner's reference code; category and links stay. */
  anonymise(id: number, now: string): boolean {
    return this.statements.anonymise.run({ id, now }).changes === 1;
  }

  /** People with no open handover whose last one closed (or who were recorded) on or before `cutoff`. */
  dueForAnonymisation(cutoff: string): number[] {
    return this.statements.due.all({ cutoff });
  }

  /** People holding, since before `cutoff`, a loan still open: kept only because of it. */
  keptOpenCount(cutoff: string): number {
    return oneRow(this.statements.keptOpen, { cutoff });
  }
}
