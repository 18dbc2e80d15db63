import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryHarness, newSession, type ApiSession, type Harness } from '../../helpers/api';
import { setUpDocumentWorkshop, type DocumentWorkshop } from '../../helpers/documents';
import { pdfText, plainSpaces, renderPages } from '../../helpers/pdf';

const MENTION = 'Organisme d’intérêt général à caractère social (articles 200 et 238 bis du CGI).';
const REASON = 'Valeur erronée : 1 234,50 € au lieu de 1 324,50 €';

let h: Harness;
let w: DocumentWorkshop;
let coord: ApiSession;
let siteId: number;

beforeEach(() => {
  h = memoryHarness();
  h.store.clock = () => new Date('2026-12-07T10:00:00Z');
  w = setUpDocumentWorkshop(h);
  const operator = h.call(w.admin, 'operators.create', { name: 'Chloé Martin', roles: ['coordinator'] });
  coord = newSession();
  h.call(coord, 'session.signIn', { operatorId: operator.id });
  siteId = h.call(w.admin, 'sites.list', {})[0]?.id ?? 0;
  h.call(w.admin, 'taxReceipts.saveEligibility', { mention: MENTION });
});
afterEach(() => h.close());

/** A company's batch of 4 laptops, its identity recorded and valued at `amountCents`. */
function companyBatch(name: string, amountCents: number): { batchId: number; code: string } {
  const donorId = h.call(w.tech, 'donors.create', { name, kind: 'company' }).id;
  const batch = h.call(w.tech, 'batches.create', { donorId, siteId, receivedOn: '2026-11-20' });
  h.call(w.tech, 'devices.registerMany', {
    batchId: batch.id,
    devices: Array.from({ length: 4 }, (_, index) => ({
      kind: 'laptop' as const,
      serial: `${name.slice(0, 3).toUpperCase()}C${index}`,
      make: 'Lenovo',
      model: 'ThinkPad T480',
    })),
  });
  h.call(coord, 'taxReceipts.saveDonorIdentity', {
    donorId,
    siren: '732829320',
    legalForm: 'SAS',
    address: '4 quai Perrache, 69002 Lyon',
  });
  h.call(coord, 'taxReceipts.setValuation', { batchId: batch.id, amountCents });
  return { batchId: batch.id, code: batch.code };
}

function issue(batchId: number): string {
  return h.call(coord, 'documents.generate', { kind: 'tax-receipt', subject: { type: 'batch', ids: [batchId] } })
    .reference;
}

function reprinted(reference: string): Buffer {
  return Buffer.from(h.call(coord, 'documents.reprint', { reference }).pdfBase64, 'base64');
}

const count = (sql: string) => h.store.db.prepare(sql).pluck().get() as number;

describe('cancelling a tax receipt', () => {
  it('keeps the receipt and its number, writes its event, and reprints it marked « ANNULÉ » with date and reason', () => {
    const { batchId } = companyBatch('Transports Durand', 123_450);
    const reference = issue(batchId);
    const original = reprinted(reference);
    const cancelled = h.call(coord, 'taxReceipts.cancel', { reference, reason: `  ${REASON} ` });
    expect(cancelled).toEqual({ reference, batchId, cancelledAt: '2026-12-07T10:00:00.000Z', reason: REASON });
    expect(count("SELECT count(*) FROM documents WHERE kind = 'tax-receipt'")).toBe(1);
    const event = h.store.db
      .prepare("SELECT payload FROM events WHERE type = 'document.tax_receipt_cancelled'")
      .pluck()
      .get() as string;
    expect(JSON.parse(event)).toMatchObject({ reference, batchId, reason: REASON, amountCents: 123_450 });

    const copy = reprinted(reference);
    expect(copy.equals(original)).toBe(false);
    renderPages(copy, 'tax-receipt-cancelled');
    const text = plainSpaces(pdfText(copy));
    expect(text).toContain('ANNULÉ');
    expect(text).toContain('Reçu annulé le 07/12/2026');
    expect(text).toContain(REASON);
    expect(text).toContain(reference);
    expect(text).toContain('1 234,50 €');
    expect(plainSpaces(pdfText(original))).not.toContain('ANNULÉ');
  });

  it('lets the batch take a new receipt with a new number, naming the one it replaces', () => {
    const { batchId } = companyBatch('Transports Durand', 123_450);
    const first = issue(batchId);
    expect(h.refuse(coord, 'taxReceipts.setValuation', { batchId, amountCents: 132_450 })).toMatchObject({
      code: 'tax_receipt_already_issued',
    });
    h.call(coord, 'taxReceipts.cancel', { reference: first, reason: REASON });
    h.call(coord, 'taxReceipts.setValuation', { batchId, amountCents: 132_450 });
    const second = issue(batchId);
    expect([first, second]).toEqual(['RF-2026-000001', 'RF-2026-000002']);
    const text = plainSpaces(pdfText(reprinted(second)));
    expect(text).toContain('Ce reçu remplace le reçu n° RF-2026-000001, annulé.');
    expect(text).toContain('1 324,50 €');
    expect(text).not.toContain('ANNULÉ');
    const panel = h.call(coord, 'taxReceipts.forBatch', { batchId });
    expect(panel.reference).toBe(second);
    expect(panel.receipts).toEqual([
      {
        reference: first,
        issuedAt: '2026-12-07T10:00:00.000Z',
        amountCents: 123_450,
        replaces: null,
        cancelled: { at: '2026-12-07T10:00:00.000Z', reason: REASON, by: 'Chloé Martin' },
      },
      {
        reference: second,
        issuedAt: '2026-12-07T10:00:00.000Z',
        amountCents: 132_450,
        replaces: first,
        cancelled: null,
      },
    ]);
  });

  it('counts issued and cancelled receipts in the year, and the amounts of the valid ones only', () => {
    const durand = companyBatch('Transports Durand', 123_450);
    const garnier = companyBatch('Imprimerie Garnier', 80_000);
    const first = issue(durand.batchId);
    issue(garnier.batchId);
    h.call(coord, 'taxReceipts.cancel', { reference: first, reason: REASON });
    h.call(coord, 'taxReceipts.setValuation', { batchId: durand.batchId, amountCents: 132_450 });
    issue(durand.batchId);
    const totals = h.call(coord, 'taxReceipts.yearTotals', { year: 2026 });
    expect(totals).toMatchObject({
      count: 3,
      cancelledCount: 1,
      totalCents: 212_450,
      byForm: [
        { form: '2041-MEC-SD', count: 3, cancelledCount: 1, totalCents: 212_450 },
        { form: '11580', count: 0, cancelledCount: 0, totalCents: 0 },
      ],
    });
    expect(totals.receipts.map((receipt) => [receipt.reference, receipt.amountCents, receipt.replaces])).toEqual([
      ['RF-2026-000001', 123_450, null],
      ['RF-2026-000002', 80_000, null],
      ['RF-2026-000003', 132_450, 'RF-2026-000001'],
    ]);
    expect(totals.receipts[0]?.cancelled).toEqual({ at: '2026-12-07T10:00:00.000Z', reason: REASON });
  });

  it('refuses without a reason, a second cancellation, an unknown number and a role that does not issue receipts', () => {
    const { batchId } = companyBatch('Transports Durand', 123_450);
    const reference = issue(batchId);
    const blank = h.refuse(coord, 'taxReceipts.cancel', { reference, reason: '   ' });
    expect(blank).toMatchObject({ field: 'reason' });
    expect(blank.message).toContain('Motif');
    expect(h.refuse(w.tech, 'taxReceipts.cancel', { reference, reason: REASON })).toMatchObject({
      code: 'forbidden_role',
    });
    expect(h.refuse(coord, 'taxReceipts.cancel', { reference: 'RF-2026-000099', reason: REASON })).toMatchObject({
      code: 'tax_receipt_not_found',
      field: 'reference',
    });
    expect(count('SELECT count(*) FROM tax_receipt_cancellations')).toBe(0);
    h.call(w.admin, 'taxReceipts.cancel', { reference, reason: REASON });
    const again = h.refuse(coord, 'taxReceipts.cancel', { reference, reason: 'Autre motif' });
    expect(again).toMatchObject({ code: 'tax_receipt_already_cancelled', field: 'reference' });
    expect(again.message).toContain(reference);
    expect(count('SELECT count(*) FROM tax_receipt_cancellations')).toBe(1);
    expect(count("SELECT count(*) FROM events WHERE type = 'document.tax_receipt_cancelled'")).toBe(1);
    expect(() => h.store.db.prepare('DELETE FROM tax_receipt_cancellations').run()).toThrow(/stays in the records/);
  });
});
