import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../main/demo/seed';
import { openDataStore } from '../../main/platform/open-data';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';
import { loadAxe } from './helpers/axe';

/**
 * The renderer's shared pieces as a user meets them: the data table (named, sortable from the keyboard, checked by
 * axe-core), the entity dialog (focus, Esc, the red banner of a field left wrong) and a mutation whose answer goes
 * into the cache instead of a second read. Each test opens the screen it starts from.
 */
let run: BrowserRun;
let dataDir: string;
let readyTag: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rebond-e2e-shared-'));
  const store = openDataStore(dataDir);
  seedDemo(store, { devices: 40, seed: 11 });
  readyTag = (
    store.db.prepare("SELECT asset_tag FROM devices WHERE status = 'ready' ORDER BY asset_tag LIMIT 1").get() as {
      asset_tag: string;
    }
  ).asset_tag;
  store.close();
  run = await openBrowserEdition({ dataDir });
  await run.page.getByRole('button', { name: /Camille Martin/ }).click();
  await run.page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
}, 60_000);

afterAll(async () => {
  await run?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function show(path: string): Promise<void> {
  await run.page.goto(`${run.server.url.replace(/#.*/, '')}#${path}`);
}

const operatorNames = () =>
  run.page
    .locator('tr[data-operator]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-operator') ?? ''));

describe('the data table', () => {
  it('is named, sorts from the keyboard with aria-sort on the header, and passes axe-core', async () => {
    const { page } = run;
    await show('/admin/operators');
    const table = page.getByRole('table', { name: 'Opérateurs' });
    await table.locator('tr[data-operator]').first().waitFor();
    const before = await operatorNames();
    const nameHeader = table.locator('th[data-column="name"]');
    expect(await nameHeader.getAttribute('aria-sort')).toBeNull();

    await nameHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await operatorNames();
    expect(ascending).toEqual([...before].sort((a, b) => a.localeCompare(b, 'fr')));
    await page.keyboard.press('Space');
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await operatorNames()).toEqual([...ascending].reverse());
    // A column that cannot be sorted has no button.
    expect(await table.locator('th[data-column="roles"] button').count()).toBe(0);

    await loadAxe(page);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (context: string, options: object) => Promise<{ violations: { id: string }[] }> };
        }
      ).axe;
      const result = await axe.run('table.data-table', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag21a'] } });
      return result.violations.map((violation) => violation.id);
    });
    expect(violations).toEqual([]);
  });
});

describe('the entity dialog and the cache', () => {
  it('starts in the first field, shows a field left wrong in its banner, closes on Esc, and a save needs no second read', async () => {
    const { page } = run;
    await show(`/device/${readyTag}`);
    await page.getByTestId('device-tag').getByText(readyTag).waitFor();
    await page.keyboard.press('e');
    const edit = page.getByRole('dialog', { name: /Modifier la fiche de/ });
    await edit.waitFor();
    expect(
      await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent),
    ).toMatch(/^Emplacement/);

    await edit.getByLabel('Mémoire (Go)').fill('beaucoup');
    await edit.getByRole('button', { name: 'Enregistrer' }).click();
    await edit
      .getByRole('alert')
      .getByText(/beaucoup.+pas un nombre/)
      .waitFor();
    expect(await edit.getByLabel('Mémoire (Go)').getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Escape');
    await edit.waitFor({ state: 'hidden' });

    const reads: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('/devices.get')) reads.push(path);
    });
    await page.keyboard.press('e');
    await edit.waitFor();
    await edit.getByLabel('Emplacement').fill('Étagère 9');
    const saved = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/devices.update'));
    await edit.getByLabel('Emplacement').press('Enter');
    await saved;
    await edit.waitFor({ state: 'hidden' });
    await page.locator('.fact', { hasText: 'Emplacement' }).getByText('Étagère 9').waitFor();
    expect(await page.locator('.timeline-item').first().textContent()).toContain('Fiche modifiée');
    expect(reads).toEqual([]);
  });
});
