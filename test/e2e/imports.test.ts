import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../main/demo/seed';
import { openDataStore } from '../../main/platform/open-data';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';
import { samplePath } from '../helpers/samples';
import { mustCall } from './helpers/desks';

/** The import screen: files chosen, the preview with a sheet's column mapping, one confirmation from the keyboard. */
let run: BrowserRun;
let dataDir: string;
let batchId: number;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rebond-e2e-imports-'));
  const store = openDataStore(dataDir);
  seedDemo(store, { devices: 20, seed: 7 });
  batchId = Number(store.db.prepare('SELECT id FROM batches WHERE closed_at IS NULL ORDER BY id LIMIT 1').pluck().get());
  store.close();
  run = await openBrowserEdition({ dataDir });
  run.page.setDefaultTimeout(15_000);
  await run.page.getByRole('button', { name: /Camille Martin/ }).click();
  await run.page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
}, 60_000);

afterAll(async () => {
  await run?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the import screen', () => {
  it('previews a snapshot and a sheet, maps the sheet’s columns, and imports on one confirmation', async () => {
    const { page } = run;
    await page.goto(`${run.server.url.replace(/#.*/, '')}#/imports/${batchId}`);
    await page.getByRole('heading', { name: 'Importer des fichiers' }).waitFor();
    await page.getByLabel('Déposez les fichiers ici, ou choisissez-les').setInputFiles([
      samplePath('ereuse/hp_probook_g8.json'),
      samplePath('spreadsheets/placeholder_test.csv'),
    ]);
    await page.locator('tr[data-action=create]', { hasText: 'CND4286Z55' }).waitFor();
    expect(await page.getByRole('group', { name: 'Colonnes de placeholder_test.csv' }).isVisible()).toBe(true);
    await run.screenshot('doc-app-imports-preview-fr');
    const counts = (await page.getByTestId('import-counts').textContent()) ?? '';
    expect(counts).toContain('création : 4');

    const confirm = page.getByRole('button', { name: /^Importer 4 enregistrements/ });
    await confirm.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '4 enregistrements importés.' }).waitFor();
    const found = await mustCall(run, 'inventory.search', { query: 'CND4286Z55' });
    expect(JSON.stringify(found)).toContain('CND4286Z55');
  }, 60_000);
});
