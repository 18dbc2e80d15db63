import type { BatchValuation, DonorTaxIdentity, TaxReceiptForm } from '../../../shared/contract/tax-receipts';
import type { DeviceKind } from '../../../shared/domain/values';
import type { Db } from '../open';
import type { Column } from '../tables';

interface ValuationRow {
  batchId: Column<'batch_valuations', 'batch_id'>;
  amountCents: Column<'batch_valuations', 'amount_cents'>;
  valuedAt: Column<'batch_valuations', 'valued_at'>;
  valuedById: Column<'batch_valuations', 'valued_by'>;
  valuedByName: Column<'operators', 'name'> | null;
}

export interface IssuedTaxReceiptRow {
  reference: string;
  issuedAt: string;
  batchId: number;
  batchCode: string;
  donorName: string;
  donorKind: string;
  amountCents: number;
}

/** Donors' tax identities, batches' values in kind, and the receipts issued (the documents of kind `tax-receipt`). */
export class TaxReceiptRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      identity: db.prepare<[donorId: number], DonorTaxIdentity>(
        'SELECT donor_id AS donorId, siren, legal_form AS legalForm, address FROM donor_tax_identities WHERE donor_id = ?',
      ),
      saveIdentity: db.prepare(
        `INSERT INTO donor_tax_identities (donor_id, siren, legal_form, address, updated_by, updated_at)
         VALUES (@donorId, @siren, @legalForm, @address, @by, @now)
         ON CONFLICT (donor_id) DO UPDATE SET siren = excluded.siren, legal_form = excluded.legal_form,
           address = excluded.address, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      ),
      valuation: db.prepare<[batchId: number], ValuationRow>(
        `SELECT v.batch_id AS batchId, v.amount_cents AS amountCents, v.valued_at AS valuedAt, v.valued_by AS valuedById,
           o.name AS valuedByName
         FROM batch_valuations v LEFT JOIN operators o ON o.id = v.valued_by WHERE v.batch_id = ?`,
      ),
      saveValuation: db.prepare(
        `INSERT INTO batch_valuations (batch_id, amount_cents, valued_by, valued_at) VALUES (@batchId, @amountCents, @by, @now)
         ON CONFLICT (batch_id) DO UPDATE SET amount_cents = excluded.amount_cents, valued_by = excluded.valued_by,
           valued_at = excluded.valued_at`,
      ),
      goods: db.prepare<[batchId: number], { kind: DeviceKind; count: number }>(
        `SELECT kind, count(*) AS count FROM devices WHERE batch_id = ? AND status <> 'voided' GROUP BY kind ORDER BY count DESC, kind`,
      ),
      issuedFor: db
        .prepare<[batchId: number], Column<'documents', 'reference'>>(
          "SELECT reference FROM documents WHERE kind = 'tax-receipt' AND subject_type = 'batch' AND subject_id = ? ORDER BY id LIMIT 1",
        )
        .pluck(),
      issuedIn: db.prepare<[prefix: string], IssuedTaxReceiptRow>(
        `SELECT d.reference, d.created_at AS issuedAt, b.id AS batchId, b.code AS batchCode, dn.name AS donorName,
           dn.kind AS donorKind, coalesce(v.amount_cents, 0) AS amountCents
         FROM documents d JOIN batches b ON b.id = d.subject_id JOIN donors dn ON dn.id = b.donor_id
           LEFT JOIN batch_valuations v ON v.batch_id = b.id
         WHERE d.kind = 'tax-receipt' AND d.subject_type = 'batch' AND d.reference LIKE ? ORDER BY d.reference`,
      ),
    };
  }

  identity(donorId: number): DonorTaxIdentity | null {
    return this.statements.identity.get(donorId) ?? null;
  }

  saveIdentity(identity: DonorTaxIdentity, by: number | null, now: string): void {
    this.statements.saveIdentity.run({ ...identity, by, now });
  }

  valuation(batchId: number): BatchValuation | null {
    const row = this.statements.valuation.get(batchId);
    if (!row) return null;
    const { valuedById, valuedByName, ...rest } = row;
    return {
      ...rest,
      valuedBy: valuedById !== null && valuedByName !== null ? { id: valuedById, name: valuedByName } : null,
    };
  }

  saveValuation(batchId: number, amountCents: number, by: number | null, now: string): void {
    this.statements.saveValuation.run({ batchId, amountCents, by, now });
  }

  /** The batch's devices counted by kind (voided ones left out), the most numerous first. */
  goods(batchId: number): { kind: DeviceKind; count: number }[] {
    return this.statements.goods.all(batchId);
  }

  /** The receipt already issued for a batch, if any. */
  issuedFor(batchId: number): string | null {
    return this.statements.issuedFor.get(batchId) ?? null;
  }

  /** The receipts numbered in a year (`RF-2026-…`), in the order of their numbers. */
  issuedIn(prefix: string, year: number): IssuedTaxReceiptRow[] {
    return this.statements.issuedIn.all(`${prefix}-${year}-%`);
  }
}

export function formFor(kind: string): TaxReceiptForm | null {
  if (kind === 'company') return '2041-MEC-SD';
  if (kind === 'individual') return '11580';
  return null;
}
