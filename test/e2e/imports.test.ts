import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserRun } from '../helpers/browser';
import { openDemoDesk, type DemoDesk } from './helpers/demo-desk';
import { samplePath } from '../helpers/samples';
import { mustCall } from './helpers/desks';

/** The import screen: files chosen, the preview with a sheet's column mapping, one confirmation from the keyboard. */
let desk: DemoDesk;
let run: BrowserRun;
let batchId: number;

beforeAll(async () => {
  desk = await openDemoDesk('imports', 15_000);
  ({ run, batchId } = desk);
}, 60_000);

afterAll(async () => {
  await desk?.close();
});

describe('the import screen', () => {
  it('previews a snapshot and a sheet, maps the sheet’s columns, and imports on one confirmation', async () => {
    const { page } = run;
    await page.goto(`${run.server.url.replace(/#.*/, '')}#/imports/${batchId}`);
    await page.getByRole('heading', { name: 'Importer des fichiers' }).waitFor();
    await page
      .getByLabel('Déposez les fichiers ici, ou choisissez-les')
      .setInputFiles([samplePath('ereuse/hp_probook_g8.json'), samplePath('spreadsheets/placeholder_test.csv')]);
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
