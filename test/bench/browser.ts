import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { HTTP } from '../../shared/contract/client';
import { startBrowserEdition } from '../../main/web/serve';
import { DATABASE_FILE } from '../../main/platform/data-dir';
import { CHROMIUM } from '../helpers/browser';
import { atMost, median, type Figure } from './measure';

const ROW = 'table.grid tbody tr[aria-rowindex]';

/**
 * The inventory in headless Chromium on the 100 000-device demo: navigation to first rows visible, and a filter
 * change to rows updated. The renderer must be built (`npm run build:renderer`).
 */
export async function inventoryInBrowser(databasePath: string, rounds = 7): Promise<Figure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rebond-bench-browser-'));
  const profile = mkdtempSync(join(tmpdir(), 'rebond-bench-profile-'));
  copyFileSync(databasePath, join(dataDir, DATABASE_FILE));
  const server = await startBrowserEdition({ dataDir, port: 0 });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1366, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const origin = server.origin;
    const opened = await fetch(`${origin}${HTTP.openPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: server.issueLaunchCode() }),
    });
    const [name, value] = (opened.headers.get('set-cookie')?.split(';')[0] ?? '').split('=');
    if (!name || !value) throw new Error('bench opening refused');
    const signIn = await fetch(`${origin}/api/session.signIn`, {
      method: 'POST',
      headers: { cookie: `${name}=${value}`, 'content-type': 'application/json' },
      body: JSON.stringify({ operatorId: 1 }),
    });
    if (!((await signIn.json()) as { ok: boolean }).ok) throw new Error('bench sign-in refused');
    const page = context.pages()[0] ?? (await context.newPage());
    // Signed in already, as a workstation would be: the measure is the inventory page's own load, from a cold page.
    await context.addCookies([{ name, value, url: origin, httpOnly: true, sameSite: 'Strict' }]);
    const firstRows: number[] = [];
    const filters: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      await page.goto('about:blank');
      const start = Date.now();
      await page.goto(`${origin}/#/inventory`);
      await page.locator(ROW).first().waitFor({ state: 'visible' });
      firstRows.push(Date.now() - start);
      filters.push(await filterChangeMs(page));
    }
    return [
      atMost(
        'inventory_first_rows_ms',
        median(firstRows),
        'ms',
        800,
        `navigation to first rows visible, median of ${rounds}, headless Chromium`,
      ),
      atMost(
        'inventory_filter_ms',
        median(filters),
        'ms',
        150,
        `filter change to the frame showing the new rows, timed in the page, median of ${rounds}`,
      ),
    ];
  } finally {
    await context.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Timed inside the page, from the filter change (as the filter bar makes it, through the URL) to the first frame
 * after the first row changed: what a person sees, without the test driver's polling in the figure.
 */
function filterChangeMs(page: Page): Promise<number> {
  return page.evaluate(
    (selector) =>
      new Promise<number>((resolve) => {
        const before = document.querySelector<HTMLElement>(selector)?.textContent;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          const first = document.querySelector<HTMLElement>(selector);
          if (!first || first.textContent === before) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        window.location.hash = '/inventory?status=quarantined&sort=assetTag';
      }),
    ROW,
  );
}
