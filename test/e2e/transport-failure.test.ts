import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';
import { setUpThroughUi } from './helpers/desks';

/** The server stops in the middle of a session: the app says so at the top, nothing stays busy, nothing is thrown. */
let run: BrowserRun;
const pageErrors: string[] = [];
let serverStopped = false;

beforeAll(async () => {
  run = await openBrowserEdition();
  run.page.on('pageerror', (error) => pageErrors.push(error.message));
  await run.page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { rejections: string[] }).rejections = seen;
    window.addEventListener('unhandledrejection', (event) => seen.push(String(event.reason)));
  });
}, 60_000);

afterAll(async () => {
  if (!serverStopped) return run?.close();
  await run.context.close();
  rmSync(run.dataDir, { recursive: true, force: true });
});

const rejections = () => run.page.evaluate(() => (window as unknown as { rejections: string[] }).rejections);

describe('when Rebond stops answering', () => {
  it('shows the banner, answers the pending save with a plain refusal and leaves nothing busy', async () => {
    const { page } = run;
    await setUpThroughUi(page, 'Atelier de la Guillotière', 'Amina Diallo', '2468');
    await page.evaluate(() => {
      window.location.hash = '#/admin/sites';
    });
    await page.getByRole('button', { name: 'Nouveau site' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nom du site').fill('Annexe de Vénissieux');
    expect(await page.getByTestId('transport-banner').count()).toBe(0);

    await run.server.close();
    serverStopped = true;
    await dialog.getByRole('button', { name: 'Créer' }).click();

    const banner = page.getByTestId('transport-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Rebond ne répond plus');
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').textContent()).toContain('rien n’a été enregistré');
    await expect.poll(() => page.locator('.is-busy').count()).toBe(0);
    await run.screenshot('transport-failure-fr');

    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await page
      .locator('.shell-nav')
      .getByRole('link', { name: /Inventaire/ })
      .click();
    await page.getByRole('heading', { name: 'Inventaire' }).first().waitFor();
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await expect.poll(() => page.locator('.is-busy').count()).toBe(0);
    expect(await banner.isVisible()).toBe(true);

    expect(pageErrors).toEqual([]);
    expect(await rejections()).toEqual([]);
  });
});
