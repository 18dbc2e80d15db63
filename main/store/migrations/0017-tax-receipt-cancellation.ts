import type { Migration } from './migration';

/**
 * Cancelling a tax receipt issued in error (issue 16): its number is never reused nor deleted. The cancellation
 * keeps the reason, who cancelled and when, the amount the receipt carried (for the year's totals, since the batch's
 * value may be corrected afterwards) and the copy marked « ANNULÉ » that the receipt now reprints as. A receipt is
 * cancelled once; the row is never edited nor deleted.
 */
export const TAX_RECEIPT_CANCELLATION_SQL = `
  CREATE TABLE tax_receipt_cancellations (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id),
    reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 500),
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    content BLOB NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    cancelled_by INTEGER REFERENCES operators(id),
    cancelled_at TEXT NOT NULL
  ) STRICT;
  CREATE TRIGGER tax_receipt_cancellations_no_delete BEFORE DELETE ON tax_receipt_cancellations BEGIN
    SELECT RAISE(ABORT, 'a cancelled receipt stays in the records');
  END;
  CREATE TRIGGER tax_receipt_cancellations_no_update BEFORE UPDATE ON tax_receipt_cancellations BEGIN
    SELECT RAISE(ABORT, 'a cancellation is never edited');
  END;
`;

export const taxReceiptCancellationMigration: Migration = {
  version: 17,
  name: 'tax-receipt-cancellation',
  sql: TAX_RECEIPT_CANCELLATION_SQL,
};
