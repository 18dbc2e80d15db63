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
  cancelledAt: string | null;
  cancelReason: string | null;
  /** The receipt of the same batch issued just before this one, which was cancelled for this one to be issued. */
  replaces: string | null;
}

export interface BatchReceiptRow {
  id: number;
  reference: string;
  issuedAt: string;
  amountCents: number;
  cancelledAt: string | null;
  reason: string | null;
  cancelledByName: string | null;
}

export interface NewCancellation {
  documentId: number;
  reason: string;
  amountCents: number;
  content: Buffer;
  sha256: string;
  by: number | null;
  now: string;
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
          `SELECT reference FROM documents WHERE kind = 'tax-receipt' AND subject_type = 'batch' AND subject_id = ?
             AND id NOT IN (SELECT document_id FROM tax_receipt_cancellations) ORDER BY id LIMIT 1`,
        )
        .pluck(),
      issuedIn: db.prepare<[prefix: string], IssuedTaxReceiptRow>(
        `SELECT d.reference, d.created_at AS issuedAt, b.id AS batchId, b.code AS batchCode, dn.name AS donorName,
           dn.kind AS donorKind, coalesce(c.amount_cents, v.amount_cents, 0) AS amountCents,
           c.cancelled_at AS cancelledAt, c.reason AS cancelReason,
           (SELECT p.reference FROM documents p WHERE p.kind = 'tax-receipt' AND p.subject_type = 'batch'
              AND p.subject_id = d.subject_id AND p.id < d.id ORDER BY p.id DESC LIMIT 1) AS replaces
         FROM documents d JOIN batches b ON b.id = d.subject_id JOIN donors dn ON dn.id = b.donor_id
           LEFT JOIN batch_valuations v ON v.batch_id = b.id
           LEFT JOIN tax_receipt_cancellations c ON c.document_id = d.id
         WHERE d.kind = 'tax-receipt' AND d.subject_type = 'batch' AND d.reference LIKE ? ORDER BY d.reference`,
      ),
      forBatch: db.prepare<[batchId: number], BatchReceiptRow>(
        `SELECT d.id, d.reference, d.created_at AS issuedAt,
           coalesce(c.amount_cents, v.amount_cents, 0) AS amountCents, c.cancelled_at AS cancelledAt, c.reason,
           o.name AS cancelledByName
         FROM documents d LEFT JOIN tax_receipt_cancellations c ON c.document_id = d.id
           LEFT JOIN batch_valuations v ON v.batch_id = d.subject_id
           LEFT JOIN operators o ON o.id = c.cancelled_by
         WHERE d.kind = 'tax-receipt' AND d.subject_type = 'batch' AND d.subject_id = ? ORDER BY d.id`,
      ),
      cancellation: db.prepare<[documentId: number], { content: Buffer }>(
        'SELECT content FROM tax_receipt_cancellations WHERE document_id = ?',
      ),
      cancel: db.prepare(
        `INSERT INTO tax_receipt_cancellations (document_id, reason, amount_cents, content, sha256, cancelled_by, cancelled_at)
         VALUES (@documentId, @reason, @amountCents, @content, @sha256, @by, @now)`,
      ),
    };
  }

  /** Every receipt numbered for a batch, cancelled ones included, in the order they were issued. */
  forBatch(batchId: number): BatchReceiptRow[] {
    return this.statements.forBatch.all(batchId);
  }

  /** The copy marked « ANNULÉ » a cancelled receipt reprints as; null while the receipt is valid. */
  cancelledCopy(documentId: number): Buffer | null {
    return this.statements.cancellation.get(documentId)?.content ?? null;
  }

  cancel(cancellation: NewCancellation): void {
    this.statements.cancel.run(cancellation);
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

  /** The valid (not cancelled) receipt issued for a batch, if any. */
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
