import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgrammeReportFile } from '../../../shared/contract/programme-report';
import { TIME_ZONE_SETTING } from '../../../main/documents/time-zone';
import { runCliAsync } from '../../../main/cli/run';
import { programmeReport } from '../../../main/services/reports/programme-report';
import { openStore } from '../../../main/store/store';
import { tempDir, type Harness } from '../../helpers/api';
import { pinnedHarness, pupil, readyTablets, setUpLending, type LendingDesk } from '../../helpers/lending';
import { pdfText, plainSpaces } from '../../helpers/pdf';

/** `reports.programme` through the one gate: the file, who may ask for it, and bad input refused in words. */
let h: Harness;
let d: LendingDesk;
const PERIOD = { from: '2026-11-01', to: '2026-11-30' };

beforeEach(() => {
  // Six tablets lent to six pupils of the school in November.
  h = pinnedHarness('2026-11-04');
  d = setUpLending(h);
  h.store.settings.set(TIME_ZONE_SETTING, 'Europe/Paris');
  const tablets = readyTablets(h, d, 6);
  for (const [n, tablet] of tablets.entries()) {
    const person = pupil(h, d, `EL-${n}`);
    h.call(d.coord, 'handovers.create', {
      recipient: { type: 'beneficiary', beneficiaryId: person.id },
      programmeId: d.programme,
      deviceIds: [tablet],
    });
  }
});
afterEach(() => h.close());

async function fileFor(input: Record<string, unknown>, session = d.coord): Promise<ProgrammeReportFile> {
  const result = await h.api.callAsync('reports.programme', input, session);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ProgrammeReportFile;
}

async function refusal(input: Record<string, unknown>, session = d.coord) {
  const result = await h.api.callAsync('reports.programme', input, session);
  if (result.ok) throw new Error('the call was expected to be refused');
  return result.error;
}

describe('reports.programme', () => {
  it('gives a coordinator the XLSX with the figures of the period', async () => {
    const file = await fileFor({ programmeId: d.programme, ...PERIOD, format: 'xlsx' });
    expect(file.fileName).toBe(`rapport-programme-${d.programme}-2026-11-01-2026-11-30.xlsx`);
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(file.base64, 'base64')).buffer);
    expect(workbook.worksheets[0]?.getCell('A2').value).toBe('Continuité pédagogique 2026');
    const targets = workbook.worksheets[1];
    expect(targets?.getCell('A3').value).toBe('Tablette');
    expect(targets?.getCell('B3').value).toBe(6);
    expect(targets?.getCell('C3').value).toBe(600);
  });

  it('gives an administrator the PDF, with the programme and its figures in it', async () => {
    const file = await fileFor({ programmeId: d.programme, ...PERIOD, format: 'pdf' }, d.admin);
    expect(file.mimeType).toBe('application/pdf');
    expect(file.fileName).toMatch(/\.pdf$/);
    const pdf = Buffer.from(file.base64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = plainSpaces(pdfText(pdf));
    expect(text).toContain('CONTINUITÉ PÉDAGOGIQUE 2026');
    expect(text).toContain('Total 6');
  });

  it('is refused to a technician and a data-security officer', async () => {
    const input = { programmeId: d.programme, ...PERIOD, format: 'xlsx' };
    expect((await refusal(input, d.tech)).code).toBe('forbidden_role');
    expect((await refusal(input, d.dso)).code).toBe('forbidden_role');
  });

  it('refuses an unknown programme, naming it', async () => {
    const error = await refusal({ programmeId: 9999, ...PERIOD, format: 'xlsx' });
    expect(error).toMatchObject({ code: 'not_found', field: 'programmeId' });
    expect(error.message).toContain('9999');
  });

  it('refuses a period that ends before it starts, in the same words as the donor report', async () => {
    const error = await refusal({ programmeId: d.programme, from: '2026-11-30', to: '2026-11-01', format: 'pdf' });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'to' });
    expect(error.message).toBe('Dernier jour de la période : le même jour que le premier jour de la période, ou après');
  });

  it('refuses a day that is not a date and an unknown format, naming the field in words', async () => {
    const badDay = await refusal({ programmeId: d.programme, from: '2026-13-01', to: '2026-11-30', format: 'xlsx' });
    expect(badDay).toMatchObject({ code: 'invalid_input', field: 'from' });
    expect(badDay.message).toMatch(/^Premier jour de la période/);
    const badFormat = await refusal({ programmeId: d.programme, ...PERIOD, format: 'docx' });
    expect(badFormat).toMatchObject({ code: 'invalid_input', field: 'format' });
    expect(badFormat.message).toMatch(/^Format/);
    expect(badFormat.message).not.toMatch(/Invalid|expected/);
  });
});

describe('rebond report programme', () => {
  it('writes the same workbook from the command line, through the same function', async () => {
    const data = tempDir('rebond-programme-report-cli-');
    try {
      const lines: string[] = [];
      const run = (argv: string[]) =>
        runCliAsync(
          [...argv, '--data-dir', data.path],
          (line) => lines.push(line),
          (line) => lines.push(line),
        );
      expect(await run(['demo', '--devices', '60'])).toBe(0);
      const store = openStore(join(data.path, 'rebond.sqlite'), { readonly: true });
      const expected = (() => {
        try {
          const programmeId = Number(store.db.prepare('SELECT id FROM programmes ORDER BY id LIMIT 1').pluck().get());
          return programmeReport(store, { programmeId, from: '2000-01-01', to: '2100-12-31' });
        } finally {
          store.close();
        }
      })();
      const file = join(data.path, 'programme.xlsx');
      const argv = ['report', 'programme', '--programme', String(expected.programme.id)];
      const period = ['--from', '2000-01-01', '--to', '2100-12-31'];
      expect(await run([...argv, ...period, '--format', 'xlsx', '--out', file])).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      expect(workbook.worksheets[0]?.getCell('A2').value).toBe(expected.programme.name);
      const handedOut = expected.targets.map((row) => row.handedOut);
      expect(handedOut.some((count) => count > 0)).toBe(true);
      const targets = workbook.worksheets[1];
      expect(handedOut.map((_, index) => targets?.getCell(`B${index + 2}`).value)).toEqual(handedOut);
    } finally {
      data.remove();
    }
  }, 60_000);
});
