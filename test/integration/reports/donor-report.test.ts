import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DonorReportFile } from '../../../shared/contract/donor-report';
import { donorReport } from '../../../main/services/reports/donor-report';
import { writeDonorReportXlsx } from '../../../main/services/reports/donor-report-xlsx';
import type { Harness } from '../../helpers/api';
import { DONOR_PERIOD, seedDonorDevices, withDemoDonor } from '../../helpers/donor-report';
import { pinnedHarness, setUpLending, type LendingDesk } from '../../helpers/lending';

let h: Harness;
let d: LendingDesk;
const PERIOD = DONOR_PERIOD;

beforeEach(() => {
  h = pinnedHarness('2026-11-20');
  d = setUpLending(h);
});
afterEach(() => h.close());

const seed = () => seedDonorDevices(h, d);

describe('donor report', () => {
  it('counts what became of the donor’s devices and lists each one with its certificate', () => {
    const { certificate } = seed();
    const report = donorReport(h.store, { donorId: d.donorId, ...PERIOD });
    expect(report.received).toBe(6);
    expect(report.byOutcome).toEqual({ lent: 1, given: 1, harvested: 1, recycled: 1, lost: 0, in_process: 2 });
    expect(report.byKind).toEqual([{ kind: 'laptop', devices: 6 }]);
    expect(report.byKindAndOutcome).toEqual(
      (['given', 'harvested', 'in_process', 'lent', 'recycled'] as const).map((outcome) => ({
        kind: 'laptop',
        outcome,
        devices: outcome === 'in_process' ? 2 : 1,
      })),
    );
    expect(report.byBatch).toHaveLength(1);
    expect(report.byBatch[0]?.devices).toBe(6);
    expect(report.byBatch[0]?.certified).toBe(1);
    expect(report.byStage).toEqual([
      { stage: 'ready', devices: 1 },
      { stage: 'received', devices: 1 },
    ]);
    expect(report.certified).toBe(1);
    const bySerial = new Map(report.devices.map((device) => [device.serial, device]));
    expect([...bySerial.keys()].sort()).toEqual(['0012345', 'GIVEN-01', 'LENT-01', 'NEW-01', 'PARTS-01', 'RECY-01']);
    expect(bySerial.get('LENT-01')).toMatchObject({ outcome: 'lent', stage: null, certificateReference: certificate });
    expect(bySerial.get('GIVEN-01')).toMatchObject({ outcome: 'given', certificateReference: null });
    expect(bySerial.get('NEW-01')).toMatchObject({ outcome: 'in_process', stage: 'received' });
    // Nothing about the beneficiary or the partner reaches the report.
    const text = JSON.stringify(report);
    for (const secret of ['EL-2026-001', 'RSA-1', 'Collège Jean Moulin', 'Continuité pédagogique'])
      expect(text).not.toContain(secret);
  });

  it('leaves out devices received outside the period', () => {
    seed();
    const report = donorReport(h.store, { donorId: d.donorId, from: '2026-12-01', to: '2026-12-31' });
    expect(report.received).toBe(0);
    expect(report.devices).toEqual([]);
  });

  it('refuses a period that ends before it starts, naming the field in words', async () => {
    const input = { donorId: d.donorId, from: '2026-11-30', to: '2026-11-01', format: 'xlsx' };
    const refused = await h.api.callAsync('reports.donor', input, d.coord);
    expect(refused.ok ? null : refused.error.message).toBe(
      'Dernier jour de la période : le même jour que le premier jour de la période, ou après',
    );
  });

  it('writes the workbook as real cells: text serials, dates as dates, counts as numbers', async () => {
    const { certificate } = seed();
    const report = donorReport(h.store, { donorId: d.donorId, ...PERIOD });
    const buffer = await writeDonorReportXlsx(report, { lang: 'fr', zone: 'Europe/Paris' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
    const [summary, devices] = workbook.worksheets;
    if (!summary || !devices) throw new Error('two sheets expected');
    expect(summary.name).toBe('Synthèse');
    expect(summary.getCell('B1').value).toBe('Fondation Éclair');
    expect(summary.getCell('B2').value).toEqual(new Date(Date.UTC(2026, 10, 1)));
    const measures = new Map<string, unknown>();
    summary.eachRow((row) => measures.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(measures.get('Appareils reçus')).toBe(6);
    expect(measures.get('Réemployé par prêt')).toBe(1);
    expect(measures.get('Réemployé par don')).toBe(1);
    expect(measures.get('Démonté pour pièces')).toBe(1);
    expect(measures.get('Recyclé')).toBe(1);
    expect(measures.get('En cours de traitement')).toBe(2);
    expect(measures.get('Type : Ordinateur portable')).toBe(6);

    expect(devices.name).toBe('Appareils');
    expect((devices.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Étiquette',
      'N° de série',
      'IMEI',
      'Type',
      'Marque',
      'Modèle',
      'Lot',
      'Reçu le',
      'Devenir',
      'Étape',
      'Certificat d’effacement',
      'Certificat émis le',
    ]);
    const rows = devices.getRows(2, report.devices.length) ?? [];
    const numeric = rows.find((row) => row.getCell(2).value === '0012345');
    expect(numeric?.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(numeric?.getCell(10).value).toBe('Prêt');
    const lent = rows.find((row) => row.getCell(2).value === 'LENT-01');
    expect(lent?.getCell(8).value).toBeInstanceOf(Date);
    expect(lent?.getCell(9).value).toBe('Réemployé par prêt');
    expect(lent?.getCell(11).value).toBe(certificate);
    expect(lent?.getCell(12).value).toBeInstanceOf(Date);
  });

  it('is made through the contract by a coordinator and refused to a technician', async () => {
    seed();
    const input = { donorId: d.donorId, ...PERIOD, format: 'xlsx' };
    const result = await h.api.callAsync('reports.donor', input, d.coord);
    if (!result.ok) throw new Error(result.error.message);
    const file = result.value as DonorReportFile;
    expect(file.devices).toBe(6);
    expect(file.fileName).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(file.base64, 'base64')).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Synthèse', 'Appareils']);
    const refused = await h.api.callAsync('reports.donor', input, d.tech);
    expect(refused.ok ? null : refused.error.code).toBe('forbidden_role');
  });

  it('`rebond report donor` writes the workbook of the demo’s first donor, and refuses an unknown report', async () => {
    await withDemoDonor(async ({ dir, expected, period, run, out, err }) => {
      const file = join(dir, 'donor.xlsx');
      const donor = String(expected.donor.id);
      expect(await run(['report', 'donor', '--donor', donor, ...period, '--format', 'xlsx', '--out', file])).toBe(0);
      expect(expected.received).toBeGreaterThan(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      expect(workbook.worksheets[1]?.rowCount).toBe(expected.devices.length + 1);
      expect(workbook.worksheets[0]?.getCell('B1').value).toBe(expected.donor.name);
      expect(out.at(-1)).toContain(file);
      expect(await run(['report', 'nothing', ...period, '--format', 'xlsx', '--out', file])).toBe(2);
      expect(err.join('\n')).toContain('Rapport inconnu « nothing »');
    });
  });
});
