import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DONOR_REPORT_FORMATS } from '../../shared/contract/donor-report';
import { seedDemo } from '../../main/demo/seed';
import { openDataStore } from '../../main/platform/open-data';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';
import { expectAccessible } from './helpers/axe';
import { mustCall } from './helpers/desks';
import { goTo, switchOperator } from './helpers/lending-admin';

/** The report dialog: a programme's report from its page, a donor's report from a batch, read back with exceljs. */
let run: BrowserRun;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rebond-e2e-reports-'));
  const store = openDataStore(dataDir);
  seedDemo(store, { devices: 150, seed: 5 });
  store.close();
  run = await openBrowserEdition({ dataDir });
  run.page.setDefaultTimeout(15_000);
  await run.page.getByRole('button', { name: /Camille Martin/ }).click();
  await run.page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
}, 120_000);

afterAll(async () => {
  await run?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function workbookOf(page: Page, click: () => Promise<void>): Promise<{ name: string; book: ExcelJS.Workbook }> {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  return { name: download.suggestedFilename(), book };
}

/** The second column of the sheet's row whose first cell is `label`. */
function valueBeside(sheet: ExcelJS.Worksheet | undefined, label: string): unknown {
  let found: unknown;
  sheet?.eachRow((row) => {
    if (row.getCell(1).value === label) found = row.getCell(2).value;
  });
  return found;
}

describe('the report dialog', () => {
  it('generates a programme’s report as XLSX from its page, with the figures of the data', async () => {
    const { page } = run;
    const programme = (await mustCall(run, 'programmes.list', {})).find((one) => one.name === 'Continuité pédagogique');
    if (!programme) throw new Error('the demo has no « Continuité pédagogique » programme');
    const progress = await mustCall(run, 'programmes.progress', { programmeId: programme.id });
    const laptops = progress.items.find((item) => item.item === 'laptop')?.handedOut ?? 0;
    expect(laptops).toBeGreaterThan(0);

    await goTo(run, `programmes/${programme.id}`);
    const open = page.getByRole('button', { name: 'Rapport', exact: true });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Rapport du programme « Continuité pédagogique »' });
    await dialog.waitFor();
    const from = dialog.getByLabel('Premier jour de la période');
    const to = dialog.getByLabel('Dernier jour de la période');
    expect(await from.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await from.inputValue()).toBe(programme.startsOn);
    const today = await to.inputValue();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await dialog.getByLabel('PDF').isChecked()).toBe(true);
    await expectAccessible(page, 'the programme report dialog');
    await run.screenshot('report-dialog-programme-fr');

    // Escape closes it and gives the focus back to « Rapport ».
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await open.evaluate((element) => element === document.activeElement)).toBe(true);

    // The end before the start is refused in words, the field named; nothing is downloaded.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await to.fill('2000-01-01');
    await to.press('Enter');
    await dialog
      .getByText('Dernier jour de la période : le même jour que le premier jour de la période, ou après')
      .first()
      .waitFor();
    await run.screenshot('report-dialog-refused-fr');
    await to.fill(today);

    // Keyboard only: Tab to the format (a date field takes a Tab per part of the day), the arrow to XLSX.
    const onRadio = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
    await to.focus();
    for (let presses = 0; presses < 6 && !(await onRadio()); presses += 1) await page.keyboard.press('Tab');
    expect(await onRadio()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await dialog.getByLabel('XLSX (tableur)').isChecked()).toBe(true);
    const { name, book } = await workbookOf(page, () => dialog.getByRole('button', { name: 'Générer' }).click());
    expect(name).toBe(`rapport-programme-${programme.id}-${programme.startsOn}-${today}.xlsx`);
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.toast', { hasText: `Rapport prêt : ${name}` }).waitFor();
    expect(book.worksheets[0]?.getCell('A2').value).toBe('Continuité pédagogique');
    const targets = book.worksheets[1];
    expect(targets?.getCell('A1').value).toBe('Type');
    expect(valueBeside(targets, 'Ordinateur portable')).toBe(laptops);
  }, 90_000);

  it('generates the donor’s report from a batch, with the formats of the contract', async () => {
    const { page } = run;
    const batches = await mustCall(run, 'batches.list', { includeClosed: true });
    const batch = batches.find((one) => !one.closed && one.receivedCount > 0);
    if (!batch) throw new Error('the demo has no open batch with devices');
    await goTo(run, `intake/${batch.id}`);
    await page.getByTestId('intake-batch').waitFor();
    await page.getByRole('button', { name: 'Rapport au donateur' }).click();
    const dialog = page.getByRole('dialog', { name: `Rapport au donateur « ${batch.donorName} »` });
    await dialog.waitFor();
    const from = await dialog.getByLabel('Premier jour de la période').inputValue();
    const to = await dialog.getByLabel('Dernier jour de la période').inputValue();
    expect(from <= batch.receivedOn).toBe(true);
    // The formats the contract offers, PDF first; the radio buttons are styled labels, clicked as a person would.
    expect(DONOR_REPORT_FORMATS).toEqual(['pdf', 'xlsx']);
    expect(await dialog.getByLabel('PDF').isChecked()).toBe(true);
    await dialog.getByText('XLSX (tableur)').click();
    expect(await dialog.getByLabel('XLSX (tableur)').isChecked()).toBe(true);
    await expectAccessible(page, 'the donor report dialog');
    await run.screenshot('report-dialog-donor-fr');

    // What the donor gave in the period, counted from the batches as the intake desk lists them.
    const received = batches
      .filter((one) => one.donorId === batch.donorId && one.receivedOn >= from && one.receivedOn <= to)
      .reduce((sum, one) => sum + one.receivedCount, 0);
    const { name, book } = await workbookOf(page, () => dialog.getByRole('button', { name: 'Générer' }).click());
    expect(name).toBe(`rapport-donateur-${batch.donorId}-${from}-${to}.xlsx`);
    const summary = book.worksheets[0];
    expect(summary?.getCell('B1').value).toBe(batch.donorName);
    expect(valueBeside(summary, 'Appareils reçus')).toBe(received);
    expect(valueBeside(summary, `Lot ${batch.code}`)).toBe(batch.receivedCount);
  }, 60_000);

  it('is not offered to a technician', async () => {
    const { page } = run;
    const batch = (await mustCall(run, 'batches.list', { includeClosed: false }))[0];
    if (!batch) throw new Error('the demo has no open batch');
    await switchOperator(page, 'Inès Moreau');
    await goTo(run, `intake/${batch.id}`);
    await page.getByTestId('intake-batch').waitFor();
    await page.getByTestId('print-batch-labels').waitFor();
    expect(await page.getByRole('button', { name: 'Rapport au donateur' }).count()).toBe(0);
  }, 60_000);

  it('speaks English when the station does', async () => {
    const { page } = run;
    await switchOperator(page, 'Camille Martin');
    const programme = (await mustCall(run, 'programmes.list', {}))[0];
    if (!programme) throw new Error('the demo has no programme');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await goTo(run, `programmes/${programme.id}`);
    await page.getByRole('button', { name: 'Report', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Report of the programme “${programme.name}”` });
    await dialog.waitFor();
    await dialog.getByLabel('First day of the period').waitFor();
    await dialog.getByLabel('XLSX (spreadsheet)').waitFor();
    await dialog.getByRole('button', { name: 'Generate' }).waitFor();
    await run.screenshot('report-dialog-programme-en');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'FR', exact: true }).click();
  }, 60_000);
});
