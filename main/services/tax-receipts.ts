import type {
  BatchTaxReceipt,
  BatchValuation,
  DonorTaxIdentity,
  TaxReceiptForm,
  TaxReceiptYear,
} from '../../shared/contract/tax-receipts';
import { DOCUMENT_PREFIXES } from '../../shared/domain/documents';
import { isValidSiren, normaliseSiren } from '../../shared/domain/siren';
import { DomainError } from '../errors';
import { formFor } from '../store/repositories/tax-receipts';
import type { Store } from '../store/store';
import { requireBatch } from './intake';
import { read, write, type Actor } from './unit-of-work';

/** Where the association's eligibility mention lives in settings. */
export const ELIGIBILITY_SETTING = 'taxReceiptEligibility';

function requireDonor(store: Store, donorId: number) {
  const donor = store.people.getDonor(donorId);
  if (!donor) throw new DomainError('not_found', { entity: 'entity.donor', ref: String(donorId) }, 'donorId');
  return donor;
}

/** Refuses to change the value of a batch whose receipt is issued: the receipt and the year's total would disagree. */
function requireNoReceipt(store: Store, batchId: number): void {
  const reference = store.taxReceipts.issuedFor(batchId);
  if (reference) throw new DomainError('tax_receipt_already_issued', { reference }, 'amountCents');
}

/** Records the value of a batch given in kind, as the donor provides it (a company at its cost price). */
export function setValuation(
  store: Store,
  actor: Actor,
  input: { batchId: number; amountCents: number },
): BatchValuation {
  return write(store, actor, (tx) => {
    const batch = requireBatch(store, input.batchId);
    requireNoReceipt(store, batch.id);
    const before = store.taxReceipts.valuation(batch.id);
    store.taxReceipts.saveValuation(batch.id, input.amountCents, actor.id, tx.now);
    tx.record('batch', batch.id, 'batch.valued', {
      amountCents: input.amountCents,
      previousCents: before?.amountCents ?? null,
    });
    const valuation = store.taxReceipts.valuation(batch.id);
    if (!valuation) throw new Error('valuation not saved');
    return valuation;
  });
}

/**
 * A donor's SIREN, legal form and address. A company's SIREN must be nine digits whose Luhn key checks; an
 * individual has none (it is dropped). The event names no one: it says what was set, not the address.
 */
export function saveDonorIdentity(
  store: Store,
  actor: Actor,
  input: { donorId: number; siren: string | null; legalForm: string | null; address: string },
): DonorTaxIdentity {
  return write(store, actor, (tx) => {
    const donor = requireDonor(store, input.donorId);
    const company = donor.kind !== 'individual';
    const siren = company && input.siren !== null ? normaliseSiren(input.siren) : null;
    if (siren !== null && !isValidSiren(siren))
      throw new DomainError('tax_receipt_siren_invalid', { siren: input.siren ?? '' }, 'siren');
    const identity: DonorTaxIdentity = {
      donorId: donor.id,
      siren,
      legalForm: company ? input.legalForm : null,
      address: input.address,
    };
    store.taxReceipts.saveIdentity(identity, actor.id, tx.now);
    tx.record('donor', donor.id, 'donor.tax_identity_saved', {
      ...(siren !== null ? { siren } : {}),
      legalForm: identity.legalForm !== null,
      address: true,
    });
    return identity;
  });
}

export function batchTaxReceipt(store: Store, batchId: number): BatchTaxReceipt {
  return read(store, () => {
    const batch = requireBatch(store, batchId);
    const donor = requireDonor(store, batch.donorId);
    return {
      batchId: batch.id,
      donor: { id: donor.id, name: donor.name, kind: donor.kind },
      form: formFor(donor.kind),
      identity: store.taxReceipts.identity(donor.id),
      valuation: store.taxReceipts.valuation(batch.id),
      reference: store.taxReceipts.issuedFor(batch.id),
      receipts: store.taxReceipts.forBatch(batch.id).map((row, index, rows) => ({
        reference: row.reference,
        issuedAt: row.issuedAt,
        amountCents: row.amountCents,
        replaces: index > 0 ? (rows[index - 1]?.reference ?? null) : null,
        cancelled:
          row.cancelledAt !== null && row.reason !== null
            ? { at: row.cancelledAt, reason: row.reason, by: row.cancelledByName }
            : null,
      })),
    };
  });
}

export function readEligibility(store: Store): { mention: string | null } {
  return { mention: store.settings.get(ELIGIBILITY_SETTING) };
}

export function saveEligibility(store: Store, actor: Actor, input: { mention: string }): { mention: string } {
  return write(store, actor, (tx) => {
    store.settings.set(ELIGIBILITY_SETTING, input.mention);
    tx.record('settings', 1, 'settings.tax_receipt_eligibility_saved', { mention: input.mention });
    return { mention: input.mention };
  });
}

/** The receipts numbered in a year, cancelled ones included, and the amounts of the valid ones, in all and by form. */
export function yearTotals(store: Store, year: number): TaxReceiptYear {
  return read(store, () => {
    const receipts = store.taxReceipts.issuedIn(DOCUMENT_PREFIXES['tax-receipt'], year).map((row) => ({
      reference: row.reference,
      issuedAt: row.issuedAt,
      batchCode: row.batchCode,
      donorName: row.donorName,
      form: formFor(row.donorKind) ?? '2041-MEC-SD',
      amountCents: row.amountCents,
      cancelled:
        row.cancelledAt !== null && row.cancelReason !== null
          ? { at: row.cancelledAt, reason: row.cancelReason }
          : null,
      replaces: row.replaces,
    }));
    const forms: TaxReceiptForm[] = ['2041-MEC-SD', '11580'];
    const sum = (list: typeof receipts) =>
      list.reduce((total, receipt) => total + (receipt.cancelled ? 0 : receipt.amountCents), 0);
    const cancelled = (list: typeof receipts) => list.filter((receipt) => receipt.cancelled !== null).length;
    return {
      year,
      count: receipts.length,
      cancelledCount: cancelled(receipts),
      totalCents: sum(receipts),
      byForm: forms.map((form) => {
        const ofForm = receipts.filter((receipt) => receipt.form === form);
        return { form, count: ofForm.length, cancelledCount: cancelled(ofForm), totalCents: sum(ofForm) };
      }),
      receipts,
    };
  });
}
