import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../main/demo/seed';
import { openDataStore } from '../../main/platform/open-data';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';
import { mustCall } from './helpers/desks';

/** The Export button of the inventory: the view on screen, every page of it, downloaded as XLSX. */
let run: BrowserRun;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rebond-e2e-exports-'));
  const store = openDataStore(dataDir);
  seedDemo(store, { devices: 400, seed: 11 });
  store.close();
  run = await openBrowserEdition({ dataDir });
  await run.page.getByRole('button', { name: /Camille Martin/ }).click();
  await run.page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
}, 90_000);

afterAll(async () => {
  await run?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the inventory’s Export button', () => {
  it('downloads every page of the filtered view as XLSX', async () => {
    const { page } = run;
    await page.goto(`${run.server.url.replace(/#.*/, '')}#/inventory?status=ready,erased&sort=assetTag`);
    await page.locator('.grid-row').first().waitFor();
    const { total } = await mustCall(run, 'inventory.count', { filter: { statuses: ['ready', 'erased'] } });
    expect(total).toBeGreaterThan(0);
    const downloading = page.waitForEvent('download');
    await page.getByTestId('export-inventory').getByRole('button', { name: 'Exporter' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^rebond-inventory-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await page.getByText(/Export prêt/).waitFor();
    await run.screenshot('export-inventory');
    const file = await download.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(total + 1);
    const tags: string[] = [];
    const states = new Set<string>();
    sheet?.eachRow((row, number) => {
      if (number === 1) return;
      tags.push(String(row.getCell(1).value));
      states.add(String(row.getCell(3).value));
    });
    expect([...tags].sort()).toEqual(tags);
    expect([...states].sort()).toEqual(['Effacé', 'Prêt']);
  });
});
