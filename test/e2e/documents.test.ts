import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../main/demo/seed';
import { openDataStore } from '../../main/platform/open-data';
import { openBrowserEdition, opensTab, type BrowserRun } from '../helpers/browser';

/** The print buttons of the browser edition: a new tab on the stored PDF, and the organisation panel. */
let run: BrowserRun;
let dataDir: string;
let ready: string;
let received: string;
let base: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rebond-e2e-docs-'));
  const store = openDataStore(dataDir);
  seedDemo(store, { devices: 60, seed: 11 });
  const devices = store.listings;
  ready = String(devices.devices('ready')[0]?.assetTag);
  const unproven = ['received', 'awaiting_erasure', 'quarantined'].flatMap((status) => devices.devices(status));
  received = String(unproven[0]?.assetTag);
  store.close();
  run = await openBrowserEdition({ dataDir });
  base = run.server.url.replace(/#.*/, '');
  await run.page.getByRole('button', { name: /Camille Martin/ }).click();
  await run.page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
}, 60_000);

afterAll(async () => {
  await run?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Clicks a print button and returns the PDF response the new tab received. */
async function printFrom(testId: string, prefix: string) {
  const { page, context } = run;
  const response = context.waitForEvent(
    'response',
    (candidate) => opensTab(candidate) && candidate.url().includes(`/documents/${prefix}-`),
  );
  await page.getByTestId(testId).click();
  return response;
}

describe('printing from the device page', () => {
  it('opens the erasure certificate and the label of a ready device in a new tab, then lists them', async () => {
    const { page } = run;
    await page.goto(`${base}#/device/${ready}`);
    await page.getByTestId('print-certificate').waitFor();
    const certificate = await printFrom('print-certificate', 'CERT');
    expect(certificate.status()).toBe(200);
    expect(await certificate.headerValue('content-type')).toBe('application/pdf');
    // The tab's address, kept in the browser's history, holds nothing secret: the session cookie authenticates it.
    expect(certificate.url()).toMatch(/\/documents\/CERT-\d{4}-\d{6}\.pdf$/);
    const label = await printFrom('print-label', 'LBL');
    expect(label.status()).toBe(200);
    expect(label.url()).toMatch(/\/documents\/LBL-\d{4}-\d{6}\.pdf/);
    await page.locator('.document-list li').nth(1).waitFor();
    expect(await page.locator('.document-list li .mono').allTextContents()).toEqual([
      expect.stringMatching(/^LBL-/),
      expect.stringMatching(/^CERT-/),
    ]);
    await run.screenshot('doc-app-device-documents-fr');
  });

  it('offers no certificate while the erasure is not proven', async () => {
    const { page } = run;
    await page.goto(`${base}#/device/${received}`);
    await page.getByTestId('print-certificate').waitFor();
    expect(await page.getByTestId('print-certificate').isDisabled()).toBe(true);
    expect(await page.getByTestId('print-label').isDisabled()).toBe(false);
  });
});

describe('printing labels for a selection', () => {
  it('offers « Étiquettes » in the bulk bar and opens one PDF for the ticked devices', async () => {
    const { page } = run;
    await page.goto(`${base}#/inventory?sort=assetTag`);
    const rows = page.locator('.grid-row');
    await rows.first().waitFor();
    const tags = await rows.evaluateAll((elements) =>
      elements.slice(0, 2).map((row) => row.getAttribute('data-tag') ?? ''),
    );
    await page.getByRole('checkbox', { name: `Cocher ${tags[0]}` }).click();
    await page.getByRole('checkbox', { name: `Cocher ${tags[1]}` }).click();
    await run.screenshot('doc-app-bulk-labels-fr');
    const labels = await printFrom('print-selection-labels', 'LBL');
    expect(labels.status()).toBe(200);
  });
});

describe('printing from the intake desk’s batch header', () => {
  it('opens the batch’s labels, and refuses its certificates while some erasures are not proven, naming the devices', async () => {
    const { page } = run;
    await page.goto(`${base}#/intake/1`);
    await page.getByTestId('print-batch-labels').waitFor();
    const labels = await printFrom('print-batch-labels', 'LBL');
    expect(labels.status()).toBe(200);
    await page.getByTestId('print-batch-certificates').click();
    const banner = page.locator('[data-error-code=certificate_devices_unproven]');
    await banner.waitFor();
    expect(await banner.locator('.refusal-list li').count()).toBeGreaterThan(0);
    await run.screenshot('doc-app-intake-batch-fr');
  });
});

describe('the organisation panel', () => {
  it('saves the identity printed on every document', async () => {
    const { page } = run;
    await page.goto(`${base}#/admin/organisation`);
    await page.getByLabel('SIRET ou n° d’immatriculation').fill('SIRET 123 456 789 00012');
    await page.getByLabel('Adresse').fill('12 rue de la Thibaudière\n69007 Lyon');
    // The identity's own form: the tab also holds the tax receipts' eligibility mention, saved on its own.
    await page
      .locator('form', { has: page.getByLabel('SIRET ou n° d’immatriculation') })
      .getByRole('button', { name: 'Enregistrer' })
      .click();
    await page.getByText('Organisation enregistrée.').waitFor();
    await run.screenshot('doc-app-organisation-fr');
  });
});
