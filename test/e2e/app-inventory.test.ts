import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceState } from '../../shared/domain/lifecycle';
import { COUNTED_STATES, DEVICE_STATES } from '../../shared/domain/lifecycle';
import { seedDemo } from '../../main/demo/seed';
import { openDataStore } from '../../main/platform/open-data';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';
import { mustCall } from './helpers/desks';
import { expectAccessible } from './helpers/axe';

/**
 * The dashboard, inventory, device page and bulk actions on a seeded demo of 300 devices. Each test opens the
 * screen it starts from and works on devices no other test changes, so any one of them can run alone.
 */
let run: BrowserRun;
let dataDir: string;
const french = new Intl.NumberFormat('fr-FR');

/** Asset tags by state as seeded, in tag order. */
let tagsIn: (state: DeviceState) => string[];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rebond-e2e-app-'));
  const store = openDataStore(dataDir);
  seedDemo(store, { devices: 300, seed: 7 });
  const byState = new Map<DeviceState, string[]>(DEVICE_STATES.map((state) => [state, []]));
  for (const row of store.db.prepare('SELECT asset_tag, status FROM devices ORDER BY asset_tag').all() as {
    asset_tag: string;
    status: DeviceState;
  }[]) {
    byState.get(row.status)?.push(row.asset_tag);
  }
  tagsIn = (state) => byState.get(state) ?? [];
  store.close();
  run = await openBrowserEdition({ dataDir });
  await run.page.getByRole('button', { name: /Camille Martin/ }).click();
  await run.page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
}, 60_000);

afterAll(async () => {
  await run?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Opens a screen by its address, in French (a test may have left the session in English). */
async function show(path: string): Promise<void> {
  const { page } = run;
  await page.goto(`${run.server.url.replace(/#.*/, '')}#${path}`);
  const french = page.getByRole('button', { name: 'FR', exact: true });
  if ((await french.getAttribute('aria-pressed')) === 'false') await french.click();
  await page.locator('main h1').first().waitFor();
  await expectAccessible(page, `the screen ${path}`);
}

/** Devices per state as main counts them now: other tests may have moved a few of theirs. */
const liveCounts = () => mustCall(run, 'inventory.countsByStatus', {});

const rowTags = () =>
  run.page.locator('.grid-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-tag') ?? ''));
const rowStates = () =>
  run.page.locator('.grid-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status') ?? ''));
const text = async (selector: string) =>
  ((await run.page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('dashboard', () => {
  it('shows one tile per stage, in lifecycle order, with main’s counts', async () => {
    const { page } = run;
    await show('/dashboard');
    const counts = await liveCounts();
    await page.locator('.stage-tile').first().waitFor();
    const tiles = await page.locator('.stage-tile').evaluateAll((links) =>
      links.map((link) => ({
        state: link.getAttribute('data-state'),
        count: link.querySelector('.stage-count')?.textContent ?? '',
      })),
    );
    expect(tiles.map((tile) => tile.state)).toEqual([...COUNTED_STATES]);
    for (const tile of tiles) expect(tile.count).toBe(french.format(counts[tile.state as DeviceState]));
    expect(await text('.page-subtitle')).toBe('300 appareils suivis');
    const erasureQueue = await page.locator('[data-queue="erasure"] .queue-count').textContent();
    expect(erasureQueue).toBe(french.format(counts.received + counts.awaiting_erasure));
    expect(await page.locator('.timeline-item').count()).toBeGreaterThan(0);
    expect(await page.locator('.timeline-item .tag-link').first().textContent()).toMatch(/^RB-\d{6}$/);
    await run.screenshot('app-dashboard-fr');
  });

  it('opens the inventory filtered on a stage when its tile is chosen', async () => {
    const { page } = run;
    await show('/dashboard');
    const counts = await liveCounts();
    await page.locator('.stage-tile[data-state="ready"]').click();
    await page.waitForURL(/#\/inventory\?status=ready$/);
    await page.locator('.grid-row').first().waitFor();
    expect(new Set(await rowStates())).toEqual(new Set(['ready']));
    expect(await page.getByTestId('inventory-total').textContent()).toMatch(
      new RegExp(`^${counts.ready}\\sappareils correspondent aux filtres$`),
    );
  });
});

describe('inventory', () => {
  it('filters by status with the État filter and sorts on the server by asset tag', async () => {
    const { page } = run;
    await show('/inventory');
    const counts = await liveCounts();
    await page.locator('.grid-row').first().waitFor();
    await page.locator('.filter-bar').getByRole('button', { name: /^État/ }).click();
    await page.getByRole('checkbox', { name: 'À recycler' }).check();
    await page.keyboard.press('Escape');
    await page.waitForURL(/status=to_recycle/);
    await expect.poll(async () => new Set(await rowStates())).toEqual(new Set(['to_recycle']));
    expect(await page.getByTestId('inventory-total').textContent()).toMatch(
      new RegExp(`^${counts.to_recycle}\\sappareils correspondent`),
    );

    await page.getByRole('button', { name: /^Étiquette/ }).click();
    await page.waitForURL(/sort=assetTag/);
    await expect.poll(async () => (await rowTags()).join()).toBe([...(await rowTags())].sort().join());
    const ascending = await rowTags();
    await page.getByRole('button', { name: /^Étiquette/ }).click();
    await page.waitForURL(/sort=-assetTag/);
    await expect.poll(async () => (await rowTags())[0]).toBe(ascending.at(-1));
    expect(await page.locator('th[data-column="assetTag"]').getAttribute('aria-sort')).toBe('descending');
    await run.screenshot('app-inventory-fr');
  });

  it('jumps to the device page when a scanned asset tag is entered', async () => {
    const { page } = run;
    await show('/inventory');
    await page.locator('.grid-row').first().waitFor();
    const tag = tagsIn('to_recycle')[1] ?? '';
    const search = page.getByRole('searchbox', { name: 'Rechercher ou scanner' });
    await search.fill(tag.toLowerCase());
    await search.press('Enter');
    await page.waitForURL(new RegExp(`#/device/${tag}$`));
    expect(await page.getByTestId('device-tag').textContent()).toBe(tag);
    expect(await page.locator('.device-title .badge').textContent()).toBe('À recycler');
    await expect(page.getByRole('heading', { name: 'Historique' }).isVisible()).resolves.toBe(true);
    await run.screenshot('app-device-fr');
  });

  it('edits the location from the device page (E) and confirms a destructive action with Cancel focused first', async () => {
    const { page } = run;
    // Its own device: this test declares it lost.
    const tag = tagsIn('to_recycle')[2] ?? '';
    await show(`/device/${tag}`);
    await page.getByTestId('device-tag').getByText(tag).waitFor();
    await page.keyboard.press('e');
    const edit = page.getByRole('dialog', { name: /Modifier la fiche de/ });
    await edit.waitFor();
    await edit.getByLabel('Emplacement').fill('Quai B, palette 4');
    await run.screenshot('app-device-edit-fr');
    await edit.getByLabel('Emplacement').press('Enter');
    await edit.waitFor({ state: 'hidden' });
    await page.locator('.fact', { hasText: 'Emplacement' }).getByText('Quai B, palette 4').waitFor();
    expect(await page.locator('.timeline-item').first().textContent()).toContain('Fiche modifiée');

    await page.getByRole('button', { name: 'Déclarer perdu ou volé' }).click();
    const confirm = page.getByRole('dialog', { name: 'Déclarer perdu ou volé' });
    await confirm.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annuler');
    await run.screenshot('app-device-confirm-fr');
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden' });
    expect(await page.locator('.device-title .badge').textContent()).toBe('À recycler');
    await page.getByRole('button', { name: 'Déclarer perdu ou volé' }).click();
    await confirm.getByRole('button', { name: 'Déclarer perdu ou volé' }).click();
    await expect.poll(() => page.locator('.device-title .badge').textContent()).toBe('Perdu ou volé');
  });

  it('applies a bulk action to two ticked devices (Shift+click ticks the range)', async () => {
    const { page } = run;
    await show('/inventory?status=received&sort=assetTag');
    await page.locator('.grid-row').first().waitFor();
    const [first, second] = await rowTags();
    const { received } = await liveCounts();
    await page.getByRole('checkbox', { name: `Cocher ${first}` }).click();
    await page.getByRole('checkbox', { name: `Cocher ${second}` }).click({ modifiers: ['Shift'] });
    expect(await text('.bulk-count')).toBe('2 appareils cochés');
    const offered = await page
      .locator('.bulk-actions button')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-action')));
    expect(offered).toEqual(['queue_erasure', 'send_to_recycling', 'report_lost']);

    await page.getByRole('button', { name: 'Envoyer à l’effacement' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Note').fill('Lot prioritaire');
    await run.screenshot('app-bulk-confirm-fr');
    await dialog.getByLabel('Note').press('Enter');
    await page
      .locator('.toast')
      .getByText(/^Envoyé à l’effacement\s:\s2 appareils modifiés\.$/)
      .waitFor();
    await expect.poll(async () => (await rowTags()).includes(first ?? '')).toBe(false);
    expect(await page.getByTestId('inventory-total').textContent()).toMatch(new RegExp(`^${received - 2}\\s`));
  });

  it('lists every refused device with its reason when a bulk action is refused, and changes nothing', async () => {
    const { page } = run;
    await show('/inventory?status=in_refurbishment');
    await page.locator('.grid-row').first().waitFor();
    // The previous view's rows stay on screen while this one loads: tick only once this view's rows are shown.
    await expect.poll(async () => (await rowStates()).every((state) => state === 'in_refurbishment')).toBe(true);
    await page.locator('.grid-scroll').focus();
    await page.keyboard.press('Control+a');
    const ticked = (await liveCounts()).in_refurbishment;
    expect(await text('.bulk-count')).toBe(`${ticked} appareils cochés`);
    await page.getByRole('button', { name: 'Déclarer prêt' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Déclarer prêt' }).click();
    const banner = page.locator('.banner-error');
    await banner.waitFor();
    expect(await banner.getAttribute('data-error-code')).toBe('bulk_refused');
    expect(await banner.locator('.banner-message').textContent()).toMatch(
      new RegExp(`^${ticked} ${ticked === 1 ? 'appareil refusé' : 'appareils refusés'}`),
    );
    const refusals = banner.locator('.refusal-list li');
    expect(await refusals.count()).toBe(Math.min(ticked, 30));
    expect(await refusals.first().textContent()).toContain('Le contrôle qualité n’est pas validé.');
    expect(new Set(await rowStates())).toEqual(new Set(['in_refurbishment']));
    await run.screenshot('app-bulk-refused-fr');
  });

  it('is driven from the keyboard: Esc unticks, arrows move, Space ticks, Enter opens', async () => {
    const { page } = run;
    await show('/inventory?status=in_refurbishment');
    await page.locator('.grid-row').first().waitFor();
    await page.locator('.grid-scroll').focus();
    await page.keyboard.press('Control+a');
    await page.locator('.bulk-bar').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.bulk-bar').waitFor({ state: 'detached' });
    const tags = await rowTags();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('.grid-scroll').getAttribute('data-active-row')).toBe(tags[1]);
    await page.keyboard.press(' ');
    expect(await text('.bulk-count')).toBe('1 appareil coché');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/device/${tags[1]}$`));
  });
});

describe('administration', () => {
  it('creates a site and lists it', async () => {
    const { page } = run;
    await show('/admin/sites');
    await page.getByRole('button', { name: 'Nouveau site' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau site' });
    await dialog.getByLabel('Nom du site').fill('Antenne de Vénissieux');
    await dialog.getByLabel('Adresse').fill('12 rue Paul-Bert, 69200 Vénissieux');
    await dialog.getByLabel('Adresse').press('Enter');
    await page.locator('[data-site="Antenne de Vénissieux"]').waitFor();
    await run.screenshot('app-admin-sites-fr');
    await page.getByRole('tab', { name: 'Opérateurs' }).click();
    await page.locator('[data-operator="Nadia Benali"]').waitFor();
    await run.screenshot('app-admin-operators-fr');
  });
});

describe('in English', () => {
  it('translates the dashboard and the inventory', async () => {
    const { page } = run;
    await show('/dashboard');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    expect(await text('.stage-tile[data-state="ready"] .stage-label')).toBe('Ready');
    expect(await text('.page-subtitle')).toBe('300 devices tracked');
    await run.screenshot('app-dashboard-en');
    await page.locator('.stage-tile[data-state="erased"]').click();
    await page.locator('.grid-row').first().waitFor();
    expect(
      await page
        .locator('.filter-bar')
        .getByRole('button', { name: /^Status/ })
        .textContent(),
    ).toContain('Erased');
    expect(await page.locator('.grid-row .badge').first().textContent()).toBe('Erased');
    await run.screenshot('app-inventory-en');
  });
});
