import { blob, integer, nullable, text, type TableDescription } from '../columns';

/** Donor tax identities and batch valuations for tax receipts (0016), and receipts cancelled in error (0017). */
export const TAX_RECEIPTS_TABLES = {
  batch_valuations: {
    batch_id: integer(),
    amount_cents: integer(),
    valued_by: nullable(integer()),
    valued_at: text(),
  },
  donor_tax_identities: {
    donor_id: integer(),
    siren: nullable(text()),
    legal_form: nullable(text()),
    address: text(),
    updated_by: nullable(integer()),
    updated_at: text(),
  },
  tax_receipt_cancellations: {
    document_id: integer(),
    reason: text(),
    amount_cents: integer(),
    content: blob(),
    sha256: text(),
    cancelled_by: nullable(integer()),
    cancelled_at: text(),
  },
} as const satisfies Record<string, TableDescription>;
