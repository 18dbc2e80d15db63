import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeExport } from '../../../main/exports/write-export';
import { actorFor } from '../../../main/services/people';
import { seesPersonalData } from '../../../shared/domain/exports';
import { runCliAsync } from '../../../main/cli/run';
import { tempDir, type Harness } from '../../helpers/api';
import { iccid, pinnedHarness, pupil, registerSims, setUpLending, type LendingDesk } from '../../helpers/lending';
import { makeReady } from '../../helpers/workshop';

let h: Harness;
let d: LendingDesk;
let dir: { path: string; remove: () => void };
const NO_FILTER = { statuses: [], kinds: [], grades: [], siteId: null, batchId: null };
const SORT = { column: 'assetTag', direction: 'asc' } as const;
const CONTEXT = { lang: 'fr', zone: 'Europe/Paris' } as const;

beforeEach(() => {
  h = pinnedHarness('2026-11-20');
  d = setUpLending(h);
  dir = tempDir('rebond-export-');
});
afterEach(() => {
  h.close();
  dir.remove();
});

async function readSheet(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

function headers(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.getRow(1).values as unknown[]).slice(1).map(String);
}

/** A laptop lent to a pupil with a SIM card topped up by the programme. */
function lendOne(): { laptopId: number } {
  const laptopId = makeReady(h, d, '0012345');
  const [sim] = registerSims(h, d, [1]);
  h.call(d.coord, 'sims.topUp', { simId: sim?.id ?? 0, amountCents: 1550, programmeId: d.programme });
  const person = pupil(h, d, 'EL-2026-001');
  h.call(d.coord, 'handovers.create', {
    recipient: { type: 'beneficiary', beneficiaryId: person.id },
    programmeId: d.programme,
    deviceIds: [laptopId],
    simIds: [sim?.id ?? 0],
  });
  return { laptopId };
}

describe('XLSX exports', () => {
  it('writes the inventory as real cells: text serials, dates as dates, labels translated', async () => {
    makeReady(h, d, '0012345');
    makeReady(h, d, '0099999');
    const file = join(dir.path, 'inventory.xlsx');
    const outcome = await writeExport(
      h.store,
      { dataset: 'inventory', filter: NO_FILTER, sort: SORT, personal: false },
      'xlsx',
      file,
      CONTEXT,
    );
    expect(outcome.rows).toBe(2);
    const sheet = await readSheet(file);
    expect(headers(sheet).slice(0, 7)).toEqual([
      'Étiquette',
      'Type',
      'État',
      'Marque',
      'Modèle',
      'N° de série',
      'IMEI',
    ]);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('RB-000001');
    // A serial of digits with a leading zero stays text, with the text format.
    expect(row.getCell(6).value).toBe('0012345');
    expect(row.getCell(6).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(6).numFmt).toBe('@');
    expect(row.getCell(2).value).toBe('Ordinateur portable');
    expect(row.getCell(3).value).toBe('Prêt');
    const received = row.getCell(headers(sheet).indexOf('Reçu le') + 1);
    expect(received.type).toBe(ExcelJS.ValueType.Date);
    const [listed] = h.call(d.tech, 'inventory.list', { sort: SORT, limit: 1 }).rows;
    expect(received.value).toEqual(new Date(`${listed?.receivedOn}T00:00:00Z`));
    expect(received.numFmt).toBe('dd/mm/yyyy');
    const updated = row.getCell(headers(sheet).indexOf('Modifié le') + 1);
    expect(updated.type).toBe(ExcelJS.ValueType.Date);
    // The pinned clock says 12:00 UTC: 13:00 in Paris in November, written as the wall clock.
    expect((updated.value as Date).toISOString()).toBe('2026-11-20T13:00:00.000Z');
    expect(sheet.getRow(3).getCell(6).value).toBe('0099999');
    expect(sheet.rowCount).toBe(3);
  });

  it('exports every page of the filtered inventory, in the order on screen', async () => {
    for (let n = 0; n < 5; n += 1) makeReady(h, d, `S${n}`);
    const file = join(dir.path, 'ready.xlsx');
    const desc = { column: 'assetTag', direction: 'desc' } as const;
    const outcome = await writeExport(
      h.store,
      { dataset: 'inventory', filter: { ...NO_FILTER, statuses: ['ready'] }, sort: desc, personal: false },
      'xlsx',
      file,
      CONTEXT,
    );
    expect(outcome.rows).toBe(5);
    const sheet = await readSheet(file);
    const tags = Array.from({ length: 5 }, (_, index) => sheet.getRow(index + 2).getCell(1).value);
    expect(tags).toEqual(['RB-000005', 'RB-000004', 'RB-000003', 'RB-000002', 'RB-000001']);
  });

  it('writes euros as numbers with a euro format and ICCIDs as text', async () => {
    lendOne();
    const file = join(dir.path, 'top-ups.xlsx');
    await writeExport(
      h.store,
      { dataset: 'top-ups', filter: NO_FILTER, sort: SORT, personal: true },
      'xlsx',
      file,
      CONTEXT,
    );
    const sheet = await readSheet(file);
    expect(headers(sheet)).toContain('Montant (€)');
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe(iccid(1));
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    const amount = row.getCell(headers(sheet).indexOf('Montant (€)') + 1);
    expect(amount.value).toBe(15.5);
    expect(amount.type).toBe(ExcelJS.ValueType.Number);
    expect(amount.numFmt).toBe('#,##0.00 "€"');
    expect(row.getCell(headers(sheet).indexOf('Programme') + 1).value).toBe('Continuité pédagogique 2026');
  });

  it('leaves people’s names out for a role that may not see personal data', async () => {
    lendOne();
    const technician = actorFor(h.store, d.ids.tech);
    const coordinator = actorFor(h.store, h.call(d.coord, 'session.state', {}).operator?.id ?? 0);
    expect(seesPersonalData(technician.roles)).toBe(false);
    expect(seesPersonalData(coordinator.roles)).toBe(true);
    const asTech = join(dir.path, 'tech.xlsx');
    const asCoord = join(dir.path, 'coord.xlsx');
    await writeExport(
      h.store,
      { dataset: 'handovers', filter: NO_FILTER, sort: SORT, personal: false },
      'xlsx',
      asTech,
      CONTEXT,
    );
    await writeExport(
      h.store,
      { dataset: 'handovers', filter: NO_FILTER, sort: SORT, personal: true },
      'xlsx',
      asCoord,
      CONTEXT,
    );
    const tech = await readSheet(asTech);
    const coord = await readSheet(asCoord);
    expect(headers(tech)).not.toContain('Nom');
    expect(headers(coord)).toContain('Nom');
    expect(coord.getRow(2).getCell(headers(coord).indexOf('Nom') + 1).value).toBe('Martin');
    // Every cell of the technician's file, searched for the pupil's names.
    const cells: string[] = [];
    tech.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells.join('|')).not.toMatch(/Martin|Léa/);
    expect(cells).toContain('EL-2026-001');
    // Two rows: the laptop and the SIM card.
    expect(tech.rowCount).toBe(3);
    expect(tech.getRow(2).getCell(headers(tech).indexOf('Remis le') + 1).value).toEqual(
      new Date(Date.UTC(2026, 10, 20)),
    );
  });

  it('writes the erasure register: each drive with its records, verified by whom', async () => {
    makeReady(h, d, 'LAP-9');
    const file = join(dir.path, 'erasures.xlsx');
    await writeExport(
      h.store,
      { dataset: 'erasures', filter: NO_FILTER, sort: SORT, personal: false },
      'xlsx',
      file,
      CONTEXT,
    );
    const sheet = await readSheet(file);
    const head = headers(sheet);
    const row = sheet.getRow(2);
    expect(row.getCell(head.indexOf('N° de série') + 1).value).toBe('LAP-9');
    expect(row.getCell(head.indexOf('Résultat') + 1).value).toBe('Réussi');
    expect(row.getCell(head.indexOf('Vérifié par') + 1).value).toBe('Damien Sécurité');
    expect(row.getCell(head.indexOf('Début') + 1).type).toBe(ExcelJS.ValueType.Date);
  });
});

describe('CSV exports and the command line', () => {
  it('writes CSV with a byte-order mark, `;` and a decimal comma in French', async () => {
    lendOne();
    const file = join(dir.path, 'sims.csv');
    await writeExport(
      h.store,
      { dataset: 'sims', filter: NO_FILTER, sort: SORT, personal: true },
      'csv',
      file,
      CONTEXT,
    );
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFFICCID;Numéro;Opérateur')).toBe(true);
    const [, line] = text.slice(1).trim().split('\n');
    expect(line?.split(';')).toEqual([
      iccid(1),
      '',
      'Orange',
      'Mobicarte 20 Go',
      '20',
      '30',
      'Remise',
      expect.stringMatching(/^2026-12-/),
      '2026-11-20',
      '1',
      '15,50',
    ]);
  });

  it('`rebond export` writes the file and refuses a list it does not know', async () => {
    const data = tempDir('rebond-export-cli-');
    try {
      const out: string[] = [];
      const err: string[] = [];
      expect(
        await runCliAsync(
          ['demo', '--devices', '30', '--data-dir', data.path],
          (line) => out.push(line),
          (line) => err.push(line),
        ),
      ).toBe(0);
      const file = join(data.path, 'ready.xlsx');
      const code = await runCliAsync(
        ['export', 'inventory', '--status', 'ready', '--format', 'xlsx', '--out', file, '--data-dir', data.path],
        (line) => out.push(line),
        (line) => err.push(line),
      );
      expect(code).toBe(0);
      const sheet = await readSheet(file);
      const states = new Set<string>();
      sheet.eachRow((row, number) => {
        if (number > 1) states.add(String(row.getCell(3).value));
      });
      expect([...states]).toEqual(['Prêt']);
      expect(out.at(-1)).toMatch(new RegExp(`lignes? écrites? dans ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(err.join('\n')).toContain('les noms et contacts des personnes sont laissés de côté');
      expect(
        await runCliAsync(
          ['export', 'nothing', '--format', 'csv', '--out', file, '--data-dir', data.path],
          () => undefined,
          (line) => err.push(line),
        ),
      ).toBe(2);
      expect(err.join('\n')).toContain('Liste à exporter inconnue « nothing »');
    } finally {
      data.remove();
    }
  });
});
