import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DonorReportFile } from '../../../shared/contract/donor-report';
import { TIME_ZONE_SETTING } from '../../../main/documents/time-zone';
import { pageCount } from '../../../main/documents/pdf';
import { donorReportBytes } from '../../../main/services/reports/donor-report-file';
import { openStore } from '../../../main/store/store';
import { harnessFor, type Harness } from '../../helpers/api';
import { DONOR_PERIOD, seedDonorDevices, withDemoDonor } from '../../helpers/donor-report';
import { setUpLending, type LendingDesk } from '../../helpers/lending';
import { setOrganisation } from '../../helpers/papers';
import { pdfLayoutText, pdfText, plainSpaces, renderPages } from '../../helpers/pdf';
import { laptop, tablet } from '../../helpers/workshop';

let h: Harness;
let d: LendingDesk;
let now: Date;

beforeEach(() => {
  now = new Date('2026-11-20T12:00:00Z');
  h = harnessFor(openStore(':memory:', { clock: () => now }));
  d = setUpLending(h);
  setOrganisation(h, d);
  h.store.settings.set(TIME_ZONE_SETTING, 'Europe/Paris');
});
afterEach(() => h.close());

const pdfOf = async (lang: 'fr' | 'en' = 'fr') =>
  (await donorReportBytes(h.store, { donorId: d.donorId, ...DONOR_PERIOD, format: 'pdf' }, lang)).bytes;
const pageText = (pdf: Buffer, page: number) => plainSpaces(pdfText(pdf, ['-f', String(page), '-l', String(page)]));

/** Every beneficiary's and partner's name or reference, and the programme's name, as the database holds them. */
function namesNeverPrinted(): string[] {
  const rows = h.store.db
    .prepare(
      `SELECT reference AS value FROM beneficiaries UNION SELECT first_name FROM beneficiaries
       UNION SELECT last_name FROM beneficiaries UNION SELECT guardian_name FROM beneficiaries
       UNION SELECT referent_name FROM beneficiaries UNION SELECT name FROM partners
       UNION SELECT name FROM programmes`,
    )
    .all() as { value: string | null }[];
  return rows.map((row) => row.value).filter((value): value is string => Boolean(value));
}

describe('the donor report as PDF', () => {
  it('prints the organisation, the donor, the period, the counts and each device with its certificate, and no one’s name', async () => {
    const { certificate } = seedDonorDevices(h, d);
    const { device: lost } = h.call(d.tech, 'devices.register', {
      batchId: d.batchId,
      device: tablet('LOST-01', '490154203237518'),
    });
    h.call(d.tech, 'devices.applyAction', { deviceIds: [lost.id], action: 'report_lost' });
    // A certificate issued at 23:30 UTC on the 20th is dated the 21st in the organisation's zone (Paris).
    now = new Date('2026-11-20T23:30:00Z');
    const ready = h.store.db.prepare("SELECT id FROM devices WHERE serial = '0012345'").get() as { id: number };
    const late = h.call(d.tech, 'documents.generate', {
      kind: 'erasure-certificate',
      subject: { type: 'device', ids: [ready.id] },
      lang: 'fr',
    }).reference;
    const pdf = await pdfOf();
    renderPages(pdf, 'donor-report');
    const text = plainSpaces(pdfText(pdf));
    expect(text).toContain('Rebond Lyon');
    expect(text).toContain('SIRET 123 456 789 00012');
    expect(text).toContain('RAPPORT AU DONATEUR — FONDATION ÉCLAIR');
    expect(text).toContain('Appareils reçus du 01/11/2026 au 30/11/2026');
    expect(text).toContain('Appareils reçus 7');
    expect(text).toContain('Appareils avec certificat d’effacement 2');
    // Kinds down, then received, lent, given, harvested, recycled, lost or stolen, still in process.
    expect(text).toContain('Ordinateur portable 6 1 1 1 1 0 2 Tablette 1 0 0 0 0 1 0 Total 7 1 1 1 1 1 2');
    expect(text).toContain('Encore en cours de traitement, par étape : Prêt à remettre (1) · Réceptionné (1).');
    // Read as laid out: a table's row on one line.
    const rows = pdfLayoutText(pdf).split('\n').map(plainSpaces);
    expect(rows).toContain(' L2026-0001 02/11/2026 7 2');
    expect(rows).toContain(' Total 7 2');
    expect(text).toContain(
      `RB-000001 LENT-01 — Ordinateur portable Dell Latitude 7490 L2026-0001 02/11/2026 Réemployé par prêt ${certificate} 20/11/2026`,
    );
    expect(text).toContain(
      'GIVEN-01 — Ordinateur portable Dell Latitude 7490 L2026-0001 02/11/2026 Réemployé par don — —',
    );
    expect(text).toContain(
      'PARTS-01 — Ordinateur portable Dell Latitude 7490 L2026-0001 02/11/2026 Démonté pour pièces',
    );
    expect(text).toContain('RECY-01 — Ordinateur portable Dell Latitude 7490 L2026-0001 02/11/2026 Recyclé');
    expect(text).toContain(
      `0012345 — Ordinateur portable Dell Latitude 7490 L2026-0001 02/11/2026 En cours : Prêt à remettre ${late} 21/11/2026`,
    );
    expect(text).toContain(
      'NEW-01 — Ordinateur portable Dell Latitude 7490 L2026-0001 02/11/2026 En cours : Réceptionné — —',
    );
    expect(text).toContain(
      'LOST-01 490154203237518 Tablette Samsung Galaxy Tab A8 L2026-0001 02/11/2026 Perdu ou volé — —',
    );
    expect(text).not.toContain('OTHER-01');
    expect(text).toMatch(/Page 1 \/ \d/);
    const secrets = namesNeverPrinted();
    expect(secrets).toEqual(expect.arrayContaining(['EL-2026-001', 'RSA-1', 'Léa', 'Collège Jean Moulin']));
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('is in English when asked, with the same figures', async () => {
    seedDonorDevices(h, d);
    const text = plainSpaces(pdfText(await pdfOf('en')));
    expect(text).toContain('DONOR REPORT — FONDATION ÉCLAIR');
    expect(text).toContain('Devices received from 01/11/2026 to 30/11/2026');
    expect(text).toContain('no beneficiary and no partner organisation is named');
    expect(text).toContain(
      'Kind Received Reused by loan Reused by donation Harvested for parts Recycled Lost or stolen Still in process',
    );
    expect(text).toContain('Laptop 6 1 1 1 1 0 2 Total 6 1 1 1 1 0 2');
    expect(text).toContain('Still in process, by stage: Ready (1) · Received (1).');
    expect(text).toContain('NEW-01 — Laptop Dell Latitude 7490 L2026-0001 02/11/2026 In process: Received');
    expect(text).toMatch(/Issued on 20\/11\/2026/);
    expect(text).not.toMatch(/Réemployé|Appareils|Ordinateur/);
  });

  it('runs a long list over several pages, its header row and the page numbers on each', async () => {
    const serials = Array.from({ length: 70 }, (_, n) => `LOT-${String(n).padStart(3, '0')}`);
    h.call(d.tech, 'devices.registerMany', { batchId: d.batchId, devices: serials.map((serial) => laptop(serial)) });
    h.call(d.tech, 'devices.register', { batchId: d.batchId, device: tablet('TAB-IMEI', '490154203237518') });
    const pdf = await pdfOf();
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    renderPages(pdf, 'donor-report-long');
    const header =
      'Étiquette N° de série IMEI Type Marque et modèle Lot Reçu le Devenir Certificat d’effacement Émis le';
    const found = new Map<string, number>();
    for (let page = 1; page <= pages; page += 1) {
      const text = pageText(pdf, page);
      expect(text).toContain(header);
      expect(text).toContain(`Page ${page} / ${pages}`);
      expect(text).toContain('Rebond Lyon');
      for (const serial of [...serials, 'TAB-IMEI']) if (text.includes(` ${serial} `)) found.set(serial, page);
    }
    // Every device is listed, the last ones on the last page.
    expect(found.size).toBe(71);
    expect(found.get('LOT-069')).toBe(pages);
    expect(plainSpaces(pdfText(pdf))).toContain('TAB-IMEI 490154203237518 Tablette Samsung Galaxy Tab A8');
  });

  it('says when the donor gave nothing in the period', async () => {
    const text = plainSpaces(
      pdfText(
        (
          await donorReportBytes(
            h.store,
            { donorId: d.donorId, from: '2025-01-01', to: '2025-01-31', format: 'pdf' },
            'fr',
          )
        ).bytes,
      ),
    );
    expect(text).toContain('Appareils reçus 0');
    expect(text).toContain('Aucun appareil de ce donateur n’a été reçu pendant la période.');
  });

  it('comes through the contract as a PDF file', async () => {
    seedDonorDevices(h, d);
    const result = await h.api.callAsync(
      'reports.donor',
      { donorId: d.donorId, ...DONOR_PERIOD, format: 'pdf' },
      d.coord,
    );
    if (!result.ok) throw new Error(result.error.message);
    const file = result.value as DonorReportFile;
    expect(file).toMatchObject({ mimeType: 'application/pdf', devices: 6 });
    expect(file.fileName).toBe(`rapport-donateur-${d.donorId}-2026-11-01-2026-11-30.pdf`);
    const pdf = Buffer.from(file.base64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(plainSpaces(pdfText(pdf))).toContain('RAPPORT AU DONATEUR — FONDATION ÉCLAIR');
  });
});

describe('`rebond report donor --format pdf`', () => {
  it('writes the PDF of the demo’s first donor, every device of the period listed', async () => {
    await withDemoDonor(async ({ dir, expected, period, run, out, err }) => {
      const file = join(dir, 'donor.pdf');
      expect(expected.received).toBeGreaterThan(0);
      const donor = String(expected.donor.id);
      expect(await run(['report', 'donor', '--donor', donor, ...period, '--format', 'pdf', '--out', file])).toBe(0);
      expect(err).toEqual([]);
      expect(out.at(-1)).toContain(file);
      const text = plainSpaces(pdfText(readFileSync(file)));
      expect(text).toContain(expected.donor.name.toUpperCase());
      expect(text).toContain(`Appareils reçus ${expected.received}`);
      for (const device of expected.devices) expect(text).toContain(` ${device.assetTag} `);
      expect(await run(['report', 'donor', '--donor', donor, ...period, '--format', 'docx', '--out', file])).toBe(2);
      expect(err.join('\n')).toContain('--format pdf|xlsx');
    });
  });
});
