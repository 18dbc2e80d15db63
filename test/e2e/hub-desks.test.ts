import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../main/hub/serve-hub';
import { ARTIFACTS, CHROMIUM } from '../helpers/browser';
import { HUB_ADDRESS, PASSWORD, seedHub, type HubSeed } from '../helpers/hub';

/**
 * Two desks of one site, each its own Chromium with a fresh profile, on the hub at 127.0.0.2: each pairs with the
 * code the hub shows, signs in with a password; the officer verifies what the technician erased and the
 * technician's list drops it without reloading; then the hub stops and both desks say so, keeping what was typed.
 */
let hub: RunningHub | null;
let seed: HubSeed;
let dataDir: string;
const profiles: string[] = [];
const contexts: BrowserContext[] = [];

async function desk(): Promise<Page> {
  const profile = mkdtempSync(join(tmpdir(), 'rebond-hub-profile-'));
  profiles.push(profile);
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ translate: { enabled: false } }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'fr-FR',
    ignoreHTTPSErrors: true,
    viewport: { width: 1366, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  contexts.push(context);
  return context.pages()[0] ?? context.newPage();
}

async function pairAndSignIn(page: Page, deskName: string, operator: string): Promise<void> {
  if (!hub) throw new Error('no hub');
  await page.goto(`${hub.origin}/`);
  await page.getByRole('heading', { name: 'Appairer ce poste au hub' }).waitFor();
  await page.getByLabel('Nom du poste').fill(deskName);
  await page.getByLabel('Code d’appairage').fill(hub.pairingCode().code);
  await page.getByRole('button', { name: 'Appairer' }).click();
  await page.getByRole('button', { name: new RegExp(operator) }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Mot de passe').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Se connecter' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rebond-hub-e2e-'));
  seed = seedHub(dataDir);
  hub = await startHub({ dataDir, host: HUB_ADDRESS, port: 0, say: () => undefined });
}, 60_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await hub?.close();
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('two desks on one hub', () => {
  it('shows at the technician’s desk, without reloading, what the officer verified at hers', async () => {
    const technician = await desk();
    const officer = await desk();
    await pairAndSignIn(technician, 'Établi d’effacement', 'Théo Technicien');
    await pairAndSignIn(officer, 'Bureau sécurité', 'Damien Sécurité');
    for (const page of [technician, officer]) {
      await page.evaluate(() => {
        window.location.hash = '#/erasure';
      });
    }
    const row = (page: Page) => page.locator('tr', { hasText: seed.erased.assetTag });
    await row(technician).waitFor();
    await row(officer).locator('input[type="checkbox"]').check();
    await officer.getByRole('button', { name: /Vérifier la sélection/ }).click();
    await officer.getByTestId('verification-done').waitFor();
    // The technician touched nothing: the live update from the hub took the row off their list.
    await row(technician).waitFor({ state: 'detached', timeout: 15_000 });
    mkdirSync(ARTIFACTS, { recursive: true });
    await technician.screenshot({ path: join(ARTIFACTS, 'hub-technician-after-live-update.png') });

    // The hub stops: both desks say so at once, and what the officer had typed is still there.
    await officer.getByTestId('verification-notes').fill('Contrôle visuel fait');
    await hub?.close();
    hub = null;
    for (const page of [technician, officer]) await page.getByTestId('transport-banner').waitFor({ timeout: 15_000 });
    expect(await officer.getByTestId('verification-notes').inputValue()).toBe('Contrôle visuel fait');
    await officer.screenshot({ path: join(ARTIFACTS, 'hub-officer-hub-stopped.png') });
  }, 120_000);
});
