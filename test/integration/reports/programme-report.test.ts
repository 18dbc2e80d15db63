import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TIME_ZONE_SETTING } from '../../../main/documents/time-zone';
import { programmeReport } from '../../../main/services/reports/programme-report';
import { programmeReportXlsx } from '../../../main/services/reports/programme-report-xlsx';
import type { ProgrammeReport } from '../../../main/services/reports/programme-report-types';
import { renderProgrammeReport } from '../../../main/documents/kinds/programme-report';
import { readOrganisation } from '../../../main/services/organisation';
import type { Harness } from '../../helpers/api';
import { pinnedHarness, pupil, readyTablets, setUpLending, type LendingDesk } from '../../helpers/lending';
import { pdfText, plainSpaces, renderPages } from '../../helpers/pdf';

describe('the programme report’s figures', () => {
  let h: Harness & { setDay: (day: string) => void };
  let d: LendingDesk;
  let report: ProgrammeReport;

  beforeEach(() => {
    // Six tablets lent to six pupils of the school, two to children referred by the ASE, one given to a home.
    h = pinnedHarness('2026-11-04');
    d = setUpLending(h);
    h.store.settings.set(TIME_ZONE_SETTING, 'Europe/Paris');
    const tablets = readyTablets(h, d, 9);
    for (let n = 0; n < 6; n += 1) {
      const person = pupil(h, d, `EL-${n}`);
      h.call(d.coord, 'handovers.create', {
        recipient: { type: 'beneficiary', beneficiaryId: person.id },
        programmeId: d.programme,
        deviceIds: [tablets[n] ?? 0],
      });
    }
    for (let n = 6; n < 8; n += 1) {
      const child = pupil(h, d, `ASE-${n}`, { partnerId: d.ase, category: 'child_in_care' });
      h.call(d.coord, 'handovers.create', {
        recipient: { type: 'beneficiary', beneficiaryId: child.id },
        programmeId: d.programme,
        deviceIds: [tablets[n] ?? 0],
      });
    }
    h.call(d.coord, 'handovers.create', {
      recipient: { type: 'partner', partnerId: d.institution },
      programmeId: d.programme,
      kind: 'donation',
      deviceIds: [tablets[8] ?? 0],
    });
    report = programmeReport(h.store, { programmeId: d.programme, from: '2026-11-01', to: '2026-11-30' });
  });

  afterEach(() => h.close());

  it('counts devices against the targets and by month', () => {
    expect(report.targets).toEqual([
      { item: 'laptop', target: 800, handedOut: 0 },
      { item: 'tablet', target: 600, handedOut: 9 },
      { item: 'sim', target: 100, handedOut: 0 },
    ]);
    expect(report.months).toEqual(['2026-11']);
    expect(report.byMonth.tablet).toEqual([9]);
    expect(report.institutions).toBe(1);
  });

  it('shows people from 1 to 4 as < 5 and hides a second cell so the total does not give it back', () => {
    expect(report.peopleTotal).toEqual({ shown: 8 });
    expect(report.byCategory).toEqual([
      { category: 'pupil', people: { suppressed: 'secondary' } },
      { category: 'child_in_care', people: { suppressed: 'small' } },
    ]);
    const ase = report.byPartner.find((row) => row.name === 'ASE Rhône');
    expect(ase?.people).toEqual({ suppressed: 'small' });
    expect(report.loans.open).toEqual({ shown: 8 });
    expect(report.loans.returned).toEqual({ shown: 0 });
  });

  it('computes the impact from the published figures, tablets with no per-year figure', () => {
    expect(report.impact).toHaveLength(1);
    const line = report.impact[0];
    expect(line?.kind).toBe('tablet');
    expect(line?.perYear).toBeNull();
    expect(line?.newFootprint?.totalKg).toBeCloseTo(9 * 87.1, 1);
    expect(line?.newFootprint?.source).toContain('ADEME');
  });

  it('counts the devices erased among those handed out', () => {
    expect(report.erasure.devices).toBe(9);
    expect(report.erasure.erased).toBe(9);
  });

  it('writes the same figures to XLSX, one sheet per table, with real types', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await programmeReportXlsx(report, 'fr')) as never);
    const targets = workbook.worksheets[1];
    expect(targets?.getCell('A3').value).toBe('Tablette');
    expect(targets?.getCell('B3').value).toBe(9);
    expect(targets?.getCell('C3').value).toBe(600);
    const categories = workbook.worksheets.find((sheet) => sheet.name.startsWith('Personnes'));
    expect(categories?.getCell('B3').value).toBe('< 5');
    expect(categories?.getCell('B2').value).toBe('masqué');
    expect(categories?.getCell('B4').value).toBe(8);
    const months = workbook.worksheets[2];
    expect(months?.getCell('A2').value).toBeInstanceOf(Date);
  });

  it('prints the figures, « < 5 », the impact’s source and its charts in the PDF', () => {
    const pdf = renderProgrammeReport({
      report,
      lang: 'fr',
      organisation: readOrganisation(h.store),
      reference: 'RAPPORT',
      issuedAt: new Date('2026-12-01T09:00:00Z'),
    });
    renderPages(pdf, 'programme-report');
    const text = plainSpaces(pdfText(pdf));
    expect(text).toContain('CONTINUITÉ PÉDAGOGIQUE 2026');
    expect(text).toMatch(/ASE Rhône <\s?5 <\s?5/);
    expect(text).toContain('Élève masqué');
    expect(text).toContain('Total 8');
    expect(text).toContain('aucun chiffre publié');
    expect(text).toContain('783,9 (9 × 87,1)');
    expect(text).toContain('impactco2.fr');
    expect(text).not.toMatch(/Enfant[^\n]{0,30} 2\b/);
  });

  it('refuses a period that ends before it starts, naming the field', () => {
    let refusal: unknown = null;
    try {
      programmeReport(h.store, { programmeId: d.programme, from: '2026-11-30', to: '2026-11-01' });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'invalid_input', field: 'to' });
  });
});
