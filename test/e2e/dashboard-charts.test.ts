import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../main/demo/seed';
import { openDataStore } from '../../main/platform/open-data';
import { dashboardCharts } from '../../main/services/dashboard-charts';
import type { DashboardCharts } from '../../shared/contract/dashboard';
import { formatNumber } from '../../shared/format/numbers';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';

/** The dashboard's charts in Chromium: drawn in SVG with their figures, for a coordinator, in French and English. */
let run: BrowserRun;
let dataDir: string;
let figures: DashboardCharts;

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rebond-e2e-charts-'));
  const store = openDataStore(dataDir);
  seedDemo(store, { devices: 60, seed: 11 });
  figures = dashboardCharts(store);
  store.close();
  run = await openBrowserEdition({ dataDir });
  await run.page.getByRole('button', { name: /Sophie Laurent/ }).click();
  await run.page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
}, 60_000);

afterAll(async () => {
  await run?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The texts drawn in one chart's SVG. */
async function chartTexts(testId: string): Promise<string[]> {
  const chart = run.page.getByTestId(testId);
  await chart.locator('svg text').first().waitFor();
  return chart.locator('svg text').allTextContents();
}

describe('the dashboard’s charts', () => {
  it('shows the coordinator four charts with their figures, patterns and text alternatives', async () => {
    const { page } = run;
    await page.getByRole('heading', { name: 'Graphiques' }).waitFor();
    const handovers = await chartTexts('chart-handovers');
    expect(handovers).toEqual(expect.arrayContaining(['Remises par mois', 'Prêts', 'Dons']));
    const loansNow = figures.handovers.loan.at(-1) ?? 0;
    if (loansNow > 0) expect(handovers).toContain(formatNumber('fr', loansNow));
    const total = sum(figures.handovers.loan) + sum(figures.handovers.donation);
    expect(await page.locator('[data-chart="handovers"] figcaption').textContent()).toBe(
      `${formatNumber('fr', total)} ${total < 2 ? 'remise' : 'remises'} sur les 12 derniers mois`,
    );
    expect(await chartTexts('chart-stages')).toEqual(expect.arrayContaining(['Appareils par étape, en fin de mois']));
    expect(await chartTexts('chart-erasures')).toEqual(expect.arrayContaining(['Effacements par semaine', 'Réussis']));
    expect(await chartTexts('chart-programmes')).toEqual(
      expect.arrayContaining(['Programmes en cours : remis et objectifs']),
    );
    // Readable without colour: the bars carry SVG patterns (decals).
    expect(await page.getByTestId('chart-handovers').locator('pattern').count()).toBeGreaterThan(0);
    // The text alternative: each chart's figures in a table a screen reader reads.
    const stageRows = page.locator('[data-chart="stages"] table tbody tr');
    expect(await stageRows.count()).toBe(12);
    const readyNow = figures.stages.ready.at(-1) ?? 0;
    expect(await stageRows.last().locator('td').nth(1).textContent()).toBe(formatNumber('fr', readyNow));
    await run.screenshot('dashboard-charts-fr');
  });

  it('switches to English titles', async () => {
    const { page } = run;
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'Charts' }).waitFor();
    await page.getByTestId('chart-handovers').locator('svg text', { hasText: 'Handovers per month' }).waitFor();
    expect(await chartTexts('chart-handovers')).toEqual(expect.arrayContaining(['Loans', 'Donations']));
    expect(await chartTexts('chart-erasures')).toEqual(expect.arrayContaining(['Erasures per week', 'Passed']));
    await run.screenshot('dashboard-charts-en');
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await page.getByRole('heading', { name: 'Graphiques' }).waitFor();
  });
});
