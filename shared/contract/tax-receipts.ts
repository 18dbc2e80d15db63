import { z } from 'zod';
import type { DonorKind } from '../domain/values';
import { method } from './define';
import { id, optionalText, requiredText } from './fields';

/** The cerfa a donor's receipt is printed on: 2041-MEC-SD (n° 16216) for a company, 11580 for an individual. */
export type TaxReceiptForm = '2041-MEC-SD' | '11580';

/** What the receipt prints about the donor beyond its name: a company's SIREN and legal form, the postal address. */
export interface DonorTaxIdentity {
  donorId: number;
  siren: string | null;
  legalForm: string | null;
  address: string;
}

/** A batch's value in kind, as the donor gave it (a company at its cost price). */
export interface BatchValuation {
  batchId: number;
  amountCents: number;
  valuedAt: string;
  valuedBy: { id: number; name: string } | null;
}

/** Everything the batch page shows next to « Reçu fiscal ». */
export interface BatchTaxReceipt {
  batchId: number;
  donor: { id: number; name: string; kind: DonorKind };
  /** Null when the donor's kind takes no receipt here (a foundation, a public body). */
  form: TaxReceiptForm | null;
  identity: DonorTaxIdentity | null;
  valuation: BatchValuation | null;
  /** The valid receipt issued for the batch, which « Reçu fiscal » reprints. */
  reference: string | null;
  /** Every receipt numbered for the batch, cancelled ones included, in the order they were issued. */
  receipts: BatchReceipt[];
}

export interface BatchReceipt {
  reference: string;
  issuedAt: string;
  /** The value it carried: the batch's value while it is valid, the value recorded at cancellation after. */
  amountCents: number;
  /** The cancelled receipt this one replaces. */
  replaces: string | null;
  cancelled: { at: string; reason: string; by: string | null } | null;
}

export interface CancelledTaxReceipt {
  reference: string;
  batchId: number;
  cancelledAt: string;
  reason: string;
}

export interface TaxReceiptYear {
  year: number;
  /** Receipts numbered in the year, cancelled ones included. */
  count: number;
  cancelledCount: number;
  /** The amounts of the valid receipts only. */
  totalCents: number;
  byForm: { form: TaxReceiptForm; count: number; cancelledCount: number; totalCents: number }[];
  receipts: {
    reference: string;
    issuedAt: string;
    batchCode: string;
    donorName: string;
    form: TaxReceiptForm;
    /** The amount it carried; a cancelled receipt's is left out of the totals. */
    amountCents: number;
    cancelled: { at: string; reason: string } | null;
    replaces: string | null;
  }[];
}

const coordinators = ['coordinator', 'admin'] as const;

export const taxReceiptsContract = {
  /** The value of a batch given in kind, in cents, as the donor provides it; replaces an earlier one. */
  'taxReceipts.setValuation': method<BatchValuation>()({
    input: z.object({ batchId: id, amountCents: z.number().int().positive().max(999_999_999) }),
    roles: coordinators,
  }),
  /** A donor's SIREN (companies: nine digits with their Luhn key), legal form and postal address. */
  'taxReceipts.saveDonorIdentity': method<DonorTaxIdentity>()({
    input: z.object({ donorId: id, siren: optionalText(20), legalForm: optionalText(80), address: requiredText(400) }),
    roles: coordinators,
  }),
  'taxReceipts.forBatch': method<BatchTaxReceipt>()({ input: z.object({ batchId: id }), roles: coordinators }),
  /** The association's eligibility mention printed on every receipt (« organisme d'intérêt général… »). */
  'taxReceipts.eligibility': method<{ mention: string | null }>()({ input: z.object({}), roles: coordinators }),
  'taxReceipts.saveEligibility': method<{ mention: string }>()({
    input: z.object({ mention: requiredText(600) }),
    roles: ['admin'],
  }),
  /**
   * Cancels a receipt issued in error, with the reason in plain words. Those who issue receipts (the coordinator,
   * the administrator: PIN-guarded roles) may cancel one; the number stays taken and the receipt stays on record.
   */
  'taxReceipts.cancel': method<CancelledTaxReceipt>()({
    input: z.object({ reference: requiredText(40), reason: requiredText(500) }),
    roles: coordinators,
  }),
  /** Receipts issued in a calendar year (in the organisation's time zone) and their amounts. */
  'taxReceipts.yearTotals': method<TaxReceiptYear>()({
    input: z.object({ year: z.number().int().min(2000).max(2100) }),
    roles: coordinators,
  }),
};
