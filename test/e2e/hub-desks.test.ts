import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../main/hub/serve-hub';
import { ARTIFACTS } from '../helpers/artifacts';
import { CHROMIUM } from '../helpers/browser';
import { groupFingerprint } from '../../shared/format/fingerprint';
import { HUB_ADDRESS, PASSWORD, seedHub, type HubSeed } from '../helpers/hub';

/**
 * Two desks of one site, each its own Chromium with a fresh profile, on the hub at 127.0.0.2: each pairs with the
 * code the hub shows, signs in with a password; the officer verifies what the technician erased and the
 * technician's list drops it without reloading; then the hub stops and both desks say so, keeping what was typed.
 */
let hub: RunningHub | null = null;
let seed: HubSeed;
let dataDir: string | null = null;
let profiles: string[] = [];
let contexts: BrowserContext[] = [];

/** Each test its own hub on a fresh data folder, and its own desks. */
async function openHub(): Promise<RunningHub> {
  dataDir = mkdtempSync(join(tmpdir(), 'rebond-hub-e2e-'));
  seed = seedHub(dataDir);
  hub = await startHub({ dataDir, host: HUB_ADDRESS, port: 0, say: () => undefined });
  return hub;
}

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

afterEach(async () => {
  for (const context of contexts) await context.close();
  await hub?.close();
  hub = null;
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  contexts = [];
  profiles = [];
  dataDir = null;
});

describe('two desks on one hub', () => {
  it('shows at the technician’s desk, without reloading, what the officer verified at hers', async () => {
    await openHub();
    const technician = await desk();
    const officer = await desk();
    await pairAndSignIn(technician, 'Établi d’effacement', 'Théo Technicien');
    await pairAndSignIn(officer, 'Bureau sécurité', 'Damien Sécurité');
    for (const page of [technician, officer]) {
      await page.evaluate(() => {
        window.location.hash = '#/erasure';
      });
    }
    // The row of the verification list (the worklist above it names the device too).
    const row = (page: Page) =>
      page.locator('tr', { hasText: seed.erased.assetTag, has: page.locator('input[type="checkbox"]') });
    await row(technician).waitFor();
    await row(officer).locator('input[type="checkbox"]').check();
    await officer.getByRole('button', { name: /Vérifier la sélection/ }).click();
    await officer.getByTestId('verification-done').waitFor();
    // The technician touched nothing: the live update from the hub took the row off their list.
    await row(technician).waitFor({ state: 'detached', timeout: 15_000 });
    mkdirSync(ARTIFACTS, { recursive: true });
    await technician.screenshot({ path: join(ARTIFACTS, 'hub-technician-after-live-update.png') });
  }, 120_000);

  it('says at once at every desk that the hub stopped, keeping what was typed', async () => {
    await openHub();
    const technician = await desk();
    const officer = await desk();
    await pairAndSignIn(technician, 'Établi d’effacement', 'Théo Technicien');
    await pairAndSignIn(officer, 'Bureau sécurité', 'Damien Sécurité');
    await officer.evaluate(() => {
      window.location.hash = '#/erasure';
    });
    await officer.getByTestId('verification-notes').fill('Contrôle visuel fait');
    await hub?.close();
    hub = null;
    for (const page of [technician, officer]) await page.getByTestId('transport-banner').waitFor({ timeout: 15_000 });
    expect(await officer.getByTestId('verification-notes').inputValue()).toBe('Contrôle visuel fait');
    mkdirSync(ARTIFACTS, { recursive: true });
    await officer.screenshot({ path: join(ARTIFACTS, 'hub-officer-hub-stopped.png') });
  }, 120_000);

  it('pairs a desk once, and an administrator revoking it sends it back to the pairing page', async () => {
    const running = await openHub();
    const admin = await desk();
    const counter = await desk();
    await pairAndSignIn(admin, 'Administration', 'Alice Admin');
    await pairAndSignIn(counter, 'Comptoir', 'Sophie Coordination');
    // A code already used pairs nothing: a third browser is refused and stays on the pairing page.
    const stranger = await desk();
    await stranger.goto(`${running.origin}/`);
    await stranger.getByLabel('Nom du poste').fill('Inconnu');
    await stranger.getByLabel('Code d’appairage').fill('ZZZZ-ZZZ2');
    await stranger.getByRole('button', { name: 'Appairer' }).click();
    await stranger.getByText(/Ce code d’appairage n’est pas valable/).waitFor();
    // The pairing page and Administration show the same fingerprint, the hub's, in groups to read aloud.
    const grouped = groupFingerprint(running.fingerprint);
    expect(await stranger.getByTestId('hub-fingerprint').textContent()).toBe(grouped);
    mkdirSync(ARTIFACTS, { recursive: true });
    await stranger.screenshot({ path: join(ARTIFACTS, 'hub-pairing-fingerprint.png') });
    await admin.evaluate(() => {
      window.location.hash = '#/admin/hub';
    });
    const row = admin.getByTestId('hub-desks').locator('li', { hasText: 'Comptoir' });
    await row.waitFor();
    expect(await admin.getByTestId('hub-fingerprint').textContent()).toBe(grouped);
    await admin.getByText('Aucun poste d’effacement autorisé.').waitFor();
    await admin.screenshot({ path: join(ARTIFACTS, 'hub-admin-desks.png') });
    await row.getByRole('button', { name: 'Révoquer' }).click();
    await row.getByText(/révoqué le/).waitFor();
    // The counter's next call (its live stream closed, a click) lands it on the pairing page. The closed stream may
    // have sent it there already, in which case the page is navigating and there is nothing left to click.
    await counter
      .evaluate(() => {
        window.location.hash = '#/inventory';
      })
      .catch((error: unknown) => {
        if (!String(error).includes('Execution context was destroyed')) throw error;
      });
    await counter.getByRole('heading', { name: 'Appairer ce poste au hub' }).waitFor({ timeout: 20_000 });
  }, 120_000);

  it('limits wrong passwords at a desk: after five, even the right one waits', async () => {
    const running = await openHub();
    const page = await desk();
    await page.goto(`${running.origin}/`);
    await page.getByLabel('Nom du poste').fill('Bureau');
    await page.getByLabel('Code d’appairage').fill(running.pairingCode().code);
    await page.getByRole('button', { name: 'Appairer' }).click();
    await page.getByRole('button', { name: /Dora Sécurité/ }).click();
    const dialog = page.getByRole('dialog');
    const field = dialog.getByLabel('Mot de passe');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await field.fill('pas-le-bon-mot');
      await dialog.getByRole('button', { name: 'Se connecter' }).click();
      // The dialog empties the field when the hub has answered.
      await expect.poll(() => field.inputValue(), { timeout: 15_000 }).toBe('');
      await dialog
        .getByRole('alert')
        .getByText(attempt < 5 ? 'Mot de passe incorrect.' : /Trop d’essais erronés/)
        .waitFor();
    }
    await dialog.getByLabel('Mot de passe').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Se connecter' }).click();
    await dialog
      .getByRole('alert')
      .getByText(/Trop d’essais erronés/)
      .waitFor();
    expect(await dialog.isVisible()).toBe(true);
  }, 120_000);
});
