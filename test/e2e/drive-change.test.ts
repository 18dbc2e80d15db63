import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../main/demo/seed';
import { openDataStore } from '../../main/platform/open-data';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';

/** The device page's drives: each one's health, and a drive replaced through the Remove or replace dialog. */
let run: BrowserRun;
let dataDir: string;
let tag: string;
let oldSerial: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rebond-e2e-drives-'));
  const store = openDataStore(dataDir);
  seedDemo(store, { devices: 40, seed: 11 });
  const row = store.db
    .prepare(
      `SELECT d.asset_tag AS tag, dr.serial FROM devices d JOIN drives dr ON dr.device_id = d.id
       WHERE d.status = 'received' AND dr.serial <> '' ORDER BY d.id LIMIT 1`,
    )
    .get() as { tag: string; serial: string };
  tag = row.tag;
  oldSerial = row.serial;
  store.close();
  run = await openBrowserEdition({ dataDir });
  await run.page.getByRole('button', { name: /Camille Martin/ }).click();
  await run.page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
}, 60_000);

afterAll(async () => {
  await run?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the drives of a device', () => {
  it('replaces a drive: the new one is listed, the old one is shown as taken out, and the history says so', async () => {
    const { page } = run;
    await page.goto(`${run.server.url.replace(/#.*/, '')}#/device/${tag}`);
    await page.getByTestId('device-tag').getByText(tag).waitFor();
    const drives = page.locator('section', { has: page.getByRole('heading', { name: 'Supports de stockage' }) });
    await drives.getByRole('columnheader', { name: 'Santé' }).waitFor();
    await drives.getByRole('button', { name: 'Retirer ou remplacer' }).first().click();
    const dialog = page.getByRole('dialog', { name: /Retirer ou remplacer le disque/ });
    await dialog.waitFor();
    await dialog.getByLabel('Ce qui est fait').selectOption('replaced');
    await dialog.getByLabel('Où part le disque').fill('Mis de côté pour destruction');
    await dialog.getByLabel(/N° de série du nouveau disque/).fill('E2E-NEW-SSD');
    await dialog.getByLabel(/Capacité du nouveau disque/).fill('512');
    await run.screenshot('device-drive-change-fr');
    await dialog.getByRole('button', { name: 'Remplacer le disque' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await drives.getByText('E2E-NEW-SSD').waitFor();
    await drives.getByText(/Disques retirés/).waitFor();
    expect(await drives.locator('li').first().textContent()).toContain(oldSerial);
    await expect.poll(() => page.locator('.timeline-item').first().textContent()).toContain('remplacé par E2E-NEW-SSD');
    await run.screenshot('device-drive-replaced-fr');
  });
});
