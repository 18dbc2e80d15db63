import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP } from '../../shared/contract/client';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';
import { setUpThroughUi } from './helpers/desks';

/**
 * The API host stops while the web server goes on: the server answers every call with HTTP 503 `api_unavailable`
 * (`main/web/server.ts`). The page is given exactly that answer, and shows it as it shows a server that is gone.
 */
let run: BrowserRun;
const pageErrors: string[] = [];
const HOST_STOPPED = 'La partie de Rebond qui garde les données s’est arrêtée.';

beforeAll(async () => {
  run = await openBrowserEdition();
  run.page.on('pageerror', (error) => pageErrors.push(error.message));
}, 60_000);

afterAll(() => run?.close());

describe('when the API host has stopped', () => {
  it('shows the transport banner and the host’s reason, and hides the banner once calls get through again', async () => {
    const { page } = run;
    await setUpThroughUi(page, 'Atelier de la Guillotière', 'Amina Diallo', '2468');
    await page.evaluate(() => {
      window.location.hash = '#/admin/sites';
    });
    await page.getByRole('button', { name: 'Nouveau site' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nom du site').fill('Annexe de Vénissieux');

    const isApiCall = (url: URL) => url.pathname.startsWith(HTTP.apiPrefix);
    await page.route(isApiCall, (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ ok: false, error: { code: 'api_unavailable', message: HOST_STOPPED } }),
      }),
    );
    await dialog.getByRole('button', { name: 'Créer' }).click();

    const banner = page.getByTestId('transport-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Rebond ne répond plus');
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').textContent()).toContain(HOST_STOPPED);
    await expect.poll(() => page.locator('.is-busy').count()).toBe(0);

    await page.unroute(isApiCall);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await banner.waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  });
});
