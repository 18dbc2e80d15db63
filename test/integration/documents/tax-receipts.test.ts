import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isValidSiren } from '../../../shared/domain/siren';
import { amountInWords } from '../../../main/documents/tax-receipt/amount-in-words';
import { memoryHarness, newSession, type ApiSession, type Harness } from '../../helpers/api';
import { setUpDocumentWorkshop, type DocumentWorkshop } from '../../helpers/documents';
import { pdfText, plainSpaces, renderPages } from '../../helpers/pdf';

const MENTION =
  'Organisme d’intérêt général à caractère social, éligible au régime des articles 200 et 238 bis du CGI.';
/** A SIREN whose Luhn key checks (7+4+3+9+2+7+2+6+0 = 40), and the same with its last digit changed. */
const SIREN = '732829320';
const BAD_SIREN = '732829321';

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

/** A batch from a new donor with 12 laptops and 3 tablets. */
function donatedBatch(
  name: string,
  kind: 'company' | 'individual',
  receivedOn = '2026-11-20',
): { batchId: number; donorId: number; code: string } {
  const donorId = h.call(w.tech, 'donors.create', { name, kind }).id;
  const batch = h.call(w.tech, 'batches.create', { donorId, siteId, receivedOn });
  const devices = [
    ...Array.from({ length: 12 }, (_, index) => ({
      kind: 'laptop' as const,
      serial: `${name.slice(0, 3).toUpperCase()}L${index}`,
      make: 'Dell',
      model: 'Latitude 5490',
    })),
    ...Array.from({ length: 3 }, (_, index) => ({
      kind: 'tablet' as const,
      serial: `${name.slice(0, 3).toUpperCase()}T${index}`,
      make: 'Apple',
      model: 'iPad 9',
    })),
  ];
  h.call(w.tech, 'devices.registerMany', { batchId: batch.id, devices });
  return { batchId: batch.id, donorId, code: batch.code };
}

function companyBatch(name = 'Transports Durand'): { batchId: number; donorId: number; code: string } {
  const batch = donatedBatch(name, 'company');
  h.call(coord, 'taxReceipts.saveDonorIdentity', {
    donorId: batch.donorId,
    siren: '732 829 320',
    legalForm: 'SAS',
    address: '4 quai Perrache\n69002 Lyon',
  });
  return batch;
}

function issue(batchId: number, lang: 'fr' | 'en' = 'fr'): { reference: string; pdf: Buffer } {
  const document = h.call(coord, 'documents.generate', {
    kind: 'tax-receipt',
    subject: { type: 'batch', ids: [batchId] },
    lang,
  });
  const { pdfBase64 } = h.call(coord, 'documents.reprint', { reference: document.reference });
  return { reference: document.reference, pdf: Buffer.from(pdfBase64, 'base64') };
}

describe('the amount in words', () => {
  it('writes euros and centimes in French and English', () => {
    expect(amountInWords('fr', 123_450)).toBe('mille deux cent trente-quatre euros et cinquante centimes');
    expect(amountInWords('fr', 100)).toBe('un euro');
    expect(amountInWords('fr', 8_001)).toBe('quatre-vingts euros et un centime');
    expect(amountInWords('fr', 20_000)).toBe('deux cents euros');
    expect(amountInWords('fr', 100_000_000)).toBe('un million d’euros');
    expect(amountInWords('fr', 71)).toBe('soixante et onze centimes');
    expect(amountInWords('en', 123_450)).toBe('one thousand two hundred and thirty-four euros and fifty cents');
  });
});

describe('the SIREN', () => {
  it('takes nine digits with a Luhn key', () => {
    expect(isValidSiren(SIREN)).toBe(true);
    expect(isValidSiren(BAD_SIREN)).toBe(false);
    expect(isValidSiren('73282932')).toBe(false);
    expect(isValidSiren('73282932A')).toBe(false);
  });

  it('refuses a wrong one by name and keeps nothing', () => {
    const { donorId } = donatedBatch('Menuiserie Roux', 'company');
    const refusal = h.refuse(coord, 'taxReceipts.saveDonorIdentity', {
      donorId,
      siren: BAD_SIREN,
      legalForm: 'SARL',
      address: '1 rue Neuve, 69001 Lyon',
    });
    expect(refusal).toMatchObject({ code: 'tax_receipt_siren_invalid', field: 'siren' });
    expect(refusal.message).toContain(BAD_SIREN);
    expect(h.store.taxReceipts.identity(donorId)).toBeNull();
  });
});

describe('the valuation', () => {
  it('is recorded by a coordinator with its event, and refused to a technician', () => {
    const { batchId } = companyBatch();
    expect(h.refuse(w.tech, 'taxReceipts.setValuation', { batchId, amountCents: 100 })).toMatchObject({
      code: 'forbidden_role',
    });
    const valuation = h.call(coord, 'taxReceipts.setValuation', { batchId, amountCents: 123_450 });
    expect(valuation).toMatchObject({ batchId, amountCents: 123_450, valuedBy: { name: 'Chloé Martin' } });
    const event = h.store.db
      .prepare("SELECT payload FROM events WHERE type = 'batch.valued' AND entity_id = ?")
      .pluck()
      .get(batchId) as string;
    expect(JSON.parse(event)).toMatchObject({ amountCents: 123_450, previousCents: null });
  });

  it('is required before a receipt, the refusal naming the field', () => {
    const { batchId, code } = companyBatch();
    const refusal = h.refuse(coord, 'documents.generate', {
      kind: 'tax-receipt',
      subject: { type: 'batch', ids: [batchId] },
    });
    expect(refusal).toMatchObject({ code: 'tax_receipt_valuation_missing', field: 'amountCents' });
    expect(refusal.message).toContain(code);
    expect(refusal.message).toContain('Valeur du don');
    expect(h.store.db.prepare("SELECT count(*) FROM documents WHERE kind = 'tax-receipt'").pluck().get()).toBe(0);
  });

  it('cannot change once the receipt is issued', () => {
    const { batchId } = companyBatch();
    h.call(coord, 'taxReceipts.setValuation', { batchId, amountCents: 50_000 });
    const { reference } = issue(batchId);
    const refusal = h.refuse(coord, 'taxReceipts.setValuation', { batchId, amountCents: 60_000 });
    expect(refusal).toMatchObject({ code: 'tax_receipt_already_issued' });
    expect(refusal.message).toContain(reference);
  });
});

describe('issuing receipts', () => {
  it('refuses a company without SIREN, a foundation, and an organisation without eligibility mention', () => {
    const { batchId, donorId } = donatedBatch('Boulangerie Petit', 'company');
    h.call(coord, 'taxReceipts.setValuation', { batchId, amountCents: 10_000 });
    h.call(coord, 'taxReceipts.saveDonorIdentity', {
      donorId,
      legalForm: 'SARL',
      address: '3 rue du Four, 69003 Lyon',
    });
    const generate = { kind: 'tax-receipt', subject: { type: 'batch', ids: [batchId] } };
    expect(h.refuse(coord, 'documents.generate', generate)).toMatchObject({
      code: 'tax_receipt_siren_missing',
      field: 'siren',
    });
    h.call(w.tech, 'devices.registerMany', {
      batchId: w.batchId,
      devices: [{ kind: 'laptop', serial: 'FND0001', make: 'HP', model: 'ProBook 450' }],
    });
    h.call(coord, 'taxReceipts.setValuation', { batchId: w.batchId, amountCents: 10_000 });
    expect(
      h.refuse(coord, 'documents.generate', { kind: 'tax-receipt', subject: { type: 'batch', ids: [w.batchId] } }),
    ).toMatchObject({
      code: 'tax_receipt_donor_kind',
    });
    h.store.db.prepare("DELETE FROM settings WHERE key = 'taxReceiptEligibility'").run();
    h.call(coord, 'taxReceipts.saveDonorIdentity', {
      donorId,
      siren: SIREN,
      legalForm: 'SARL',
      address: '3 rue du Four, 69003 Lyon',
    });
    expect(h.refuse(coord, 'documents.generate', generate)).toMatchObject({
      code: 'tax_receipt_eligibility_missing',
      field: 'mention',
    });
  });

  it('numbers receipts per year without gaps, reprints the same bytes and refuses a second receipt for a batch', () => {
    const first = companyBatch('Transports Durand');
    const second = companyBatch('Imprimerie Garnier');
    const third = companyBatch('Cabinet Lefort');
    for (const batch of [first, second, third])
      h.call(coord, 'taxReceipts.setValuation', { batchId: batch.batchId, amountCents: 10_000 });
    expect(issue(first.batchId).reference).toBe('RF-2026-000001');
    expect(issue(second.batchId).reference).toBe('RF-2026-000002');
    expect(
      h.refuse(coord, 'documents.generate', { kind: 'tax-receipt', subject: { type: 'batch', ids: [first.batchId] } }),
    ).toMatchObject({
      code: 'tax_receipt_already_issued',
    });
    h.store.clock = () => new Date('2027-01-04T09:00:00Z');
    expect(issue(third.batchId).reference).toBe('RF-2027-000001');
    const again = h.call(coord, 'documents.reprint', { reference: 'RF-2026-000001' });
    expect(again.document.reference).toBe('RF-2026-000001');
    expect(h.call(coord, 'taxReceipts.forBatch', { batchId: first.batchId })).toMatchObject({
      reference: 'RF-2026-000001',
      form: '2041-MEC-SD',
    });
  });

  it('totals the receipts of a year, by form', () => {
    const companies = [companyBatch('Transports Durand'), companyBatch('Imprimerie Garnier')];
    h.call(coord, 'taxReceipts.setValuation', { batchId: companies[0]?.batchId ?? 0, amountCents: 123_450 });
    h.call(coord, 'taxReceipts.setValuation', { batchId: companies[1]?.batchId ?? 0, amountCents: 80_000 });
    const person = donatedBatch('Martine Vidal', 'individual');
    h.call(coord, 'taxReceipts.saveDonorIdentity', {
      donorId: person.donorId,
      siren: SIREN,
      address: '8 rue Juiverie, 69005 Lyon',
    });
    h.call(coord, 'taxReceipts.setValuation', { batchId: person.batchId, amountCents: 15_000 });
    for (const batch of [...companies, person]) issue(batch.batchId);
    const totals = h.call(coord, 'taxReceipts.yearTotals', { year: 2026 });
    expect(totals).toMatchObject({
      year: 2026,
      count: 3,
      totalCents: 218_450,
      byForm: [
        { form: '2041-MEC-SD', count: 2, totalCents: 203_450 },
        { form: '11580', count: 1, totalCents: 15_000 },
      ],
    });
    expect(totals.receipts.map((receipt) => receipt.reference)).toEqual([
      'RF-2026-000001',
      'RF-2026-000002',
      'RF-2026-000003',
    ]);
    expect(h.call(coord, 'taxReceipts.yearTotals', { year: 2027 })).toMatchObject({ count: 0, totalCents: 0 });
  });
});

describe('the printed receipt', () => {
  it('prints cerfa 16216 for a company: donor, SIREN, goods, value in figures and words, eligibility', () => {
    const { batchId, code } = companyBatch();
    h.call(coord, 'taxReceipts.setValuation', { batchId, amountCents: 123_450 });
    const { pdf } = issue(batchId);
    writeFileSync(new URL('../../../test-artifacts/tax-receipt-company.pdf', import.meta.url), pdf);
    renderPages(pdf, 'tax-receipt-company');
    const text = plainSpaces(pdfText(pdf));
    expect(text).toContain('2041-MEC-SD (cerfa n° 16216)');
    expect(text).toContain('RF-2026-000001');
    expect(text).toContain('Transports Durand');
    expect(text).toContain('732 829 320');
    expect(text).toContain('SAS');
    expect(text).toContain('4 quai Perrache, 69002 Lyon');
    expect(text).toContain('Rebond Lyon — Ressourcerie numérique');
    expect(text).toContain(MENTION);
    expect(text).toContain('20/11/2026');
    expect(text).toContain(code);
    expect(text).toContain('12 ordinateurs portables, 3 tablettes');
    expect(text).toContain('1 234,50 €');
    expect(text).toContain('mille deux cent trente-quatre euros et cinquante centimes');
    expect(text).toContain('article 238 bis du code général des impôts');
    expect(text).toContain('Fait à Lyon, le 07/12/2026');
    expect(text).toContain('Claire Dumas, Directrice');
  });

  it('prints cerfa 11580 for an individual, without SIREN, and in English', () => {
    const person = donatedBatch('Martine Vidal', 'individual');
    h.call(coord, 'taxReceipts.saveDonorIdentity', { donorId: person.donorId, address: '8 rue Juiverie, 69005 Lyon' });
    h.call(coord, 'taxReceipts.setValuation', { batchId: person.batchId, amountCents: 20_000 });
    const { pdf } = issue(person.batchId, 'en');
    renderPages(pdf, 'tax-receipt-individual');
    const text = plainSpaces(pdfText(pdf));
    expect(text).toContain('cerfa no. 11580');
    expect(text).toContain('Martine Vidal');
    expect(text).toContain('8 rue Juiverie, 69005 Lyon');
    expect(text).not.toContain('SIREN');
    expect(text).toContain('12 laptops, 3 tablets');
    expect(text).toContain('€200.00');
    expect(text).toContain('two hundred euros');
  });
});
