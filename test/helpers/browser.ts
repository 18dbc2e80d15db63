import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Response } from 'playwright-core';
import { HTTP } from '../../shared/contract/client';
import { startBrowserEdition, type RunningServer } from '../../main/web/serve';
import { ARTIFACTS } from './artifacts';

export const CHROMIUM = process.env.REBOND_CHROMIUM ?? '/usr/bin/chromium';

export interface BrowserRun {
  server: RunningServer;
  context: BrowserContext;
  page: Page;
  dataDir: string;
  /** Saves a full-page PNG under test-artifacts/ (kept after the run, to be looked at). */
  screenshot: (name: string) => Promise<string>;
  close: () => Promise<void>;
}

/**
 * The browser edition on a fresh temporary data directory, driven by Debian's Chromium with a fresh profile.
 * The renderer must have been built (`npm run build:renderer`; test/e2e/global-setup.ts does it).
 */
export async function openBrowserEdition(
  options: { lang?: 'fr' | 'en'; viewport?: { width: number; height: number }; dataDir?: string } = {},
): Promise<BrowserRun> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'rebond-e2e-data-'));
  const profile = mkdtempSync(join(tmpdir(), 'rebond-e2e-profile-'));
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ translate: { enabled: false } }));
  const server = await startBrowserEdition({ dataDir, port: 0 });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: options.lang === 'en' ? 'en-GB' : 'fr-FR',
    viewport: options.viewport ?? { width: 1366, height: 800 },
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
  const page = context.pages()[0] ?? (await context.newPage());
  // As a person opening the printed link: the page exchanges the link's one-time code for its session cookie.
  const opened = page.waitForResponse((response) => new URL(response.url()).pathname === HTTP.openPath);
  await page.goto(server.url);
  if ((await opened).status() !== 200) throw new Error('the browser edition refused its opening code');
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    server,
    context,
    page,
    dataDir,
    screenshot: async (name) => {
      const path = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    close: async () => {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/**
 * Whether a response is a tab's own navigation to a document, as a click that opens a PDF in a new tab makes it.
 * Chromium's PDF viewer, in a tab already open, loads its document again in a frame of its own (a response without
 * the server's headers), which a test waiting for the next PDF must not take for it.
 */
export function opensTab(response: Response): boolean {
  if (!response.request().isNavigationRequest()) return false;
  try {
    return response.frame().parentFrame() === null;
  } catch {
    // Playwright has no frame yet for the first navigation of a tab just opened: that is the tab's own.
    return true;
  }
}
