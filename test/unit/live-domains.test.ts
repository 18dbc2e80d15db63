import { describe, expect, it } from 'vitest';
import { domainsChanged } from '../../shared/contract/live-domains';
import { isInDomains, queryKey } from '../../shared/contract/query-keys';

describe('a hub desk’s live updates of the tax receipts', () => {
  it('read the batch’s receipts and the year’s totals again when a receipt is issued or cancelled elsewhere', () => {
    // Issuing and cancelling a receipt both write an event on the document.
    const stale = domainsChanged(['document']);
    expect(isInDomains(queryKey('taxReceipts.forBatch', { batchId: 3 }), stale)).toBe(true);
    expect(isInDomains(queryKey('taxReceipts.yearTotals', { year: 2026 }), stale)).toBe(true);
  });

  it('read them again when a batch is valued or a donor’s tax identity saved, not for a site', () => {
    expect(isInDomains(queryKey('taxReceipts.forBatch', { batchId: 3 }), domainsChanged(['batch']))).toBe(true);
    expect(isInDomains(queryKey('taxReceipts.forBatch', { batchId: 3 }), domainsChanged(['donor']))).toBe(true);
    expect(isInDomains(queryKey('taxReceipts.forBatch', { batchId: 3 }), domainsChanged(['site']))).toBe(false);
  });
});
