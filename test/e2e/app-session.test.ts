import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { newSession } from '../../main/api';
import { openDataStore } from '../../main/platform/open-data';
import { harnessFor } from '../helpers/api';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';
import { expectAccessible } from './helpers/axe';

/**
 * First start, operator choice with a PIN, and the language switch. Each test opens its own browser edition on its
 * own data folder: empty for the first start, else a workshop set up through the API.
 */
let run: BrowserRun | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await run?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  run = undefined;
  dataDir = undefined;
});

/** The workshop the first test creates on screen, made through the API; the app opens on the operator screen. */
async function openSetUpWorkshop(): Promise<BrowserRun> {
  dataDir = mkdtempSync(join(tmpdir(), 'rebond-e2e-session-'));
  const h = harnessFor(openDataStore(dataDir));
  try {
    h.call(newSession(), 'session.setup', {
      organisation: 'Entraide Numérique Lyon',
      siteName: 'Atelier de la Guillotière',
      operatorName: 'Amina Diallo',
      pin: '2468',
    });
  } finally {
    h.close();
  }
  run = await openBrowserEdition({ dataDir });
  await run.page.getByRole('heading', { name: /Qui travaille à ce poste/ }).waitFor();
  await expectAccessible(run.page, 'the operator screen');
  return run;
}

async function signIn(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(name) }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`Code PIN (de |d’)${name}`) });
  await dialog.getByLabel('Code PIN').fill(pin);
  await expectAccessible(page, 'the PIN dialog');
  await dialog.getByLabel('Code PIN').press('Enter');
  await page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
  await expectAccessible(page, 'the dashboard');
}

describe('first start and sign-in', () => {
  it('refuses an incomplete setup with the field highlighted, then creates the first administrator in French', async () => {
    run = await openBrowserEdition();
    const { page } = run;
    await page.getByRole('heading', { name: 'Bienvenue dans Rebond' }).waitFor();
    await page.getByRole('button', { name: /Créer et commencer/ }).click();
    const banner = page.getByRole('alert');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/Le champ «\s?Nom du site\s?» est à remplir\./);
    expect(await page.getByLabel('Nom du site').getAttribute('aria-invalid')).toBe('true');
    await run.screenshot('app-setup-error-fr');

    await page.getByLabel('Nom de la structure').fill('Entraide Numérique Lyon');
    await page.getByLabel('Nom du site').fill('Atelier de la Guillotière');
    await page.getByLabel('Administrateur ou administratrice').fill('Amina Diallo');
    await page.getByLabel('Code PIN').fill('246');
    await page.getByLabel('Code PIN').press('Enter');
    await expect.poll(() => page.getByLabel('Code PIN').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').textContent()).toContain('Code PIN');
    expect(await page.getByLabel('Nom du site').getAttribute('aria-invalid')).toBeNull();
    await page.getByLabel('Code PIN').fill('2468');
    await run.screenshot('app-setup-fr');
    await page.getByLabel('Code PIN').press('Enter');

    await page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
    expect(await page.locator('.topbar-operator-name').textContent()).toBe('Amina Diallo');
    expect(await page.locator('.topbar-operator-roles').textContent()).toBe('administration');
    expect(await page.locator('.shell-org').textContent()).toBe('Entraide Numérique Lyon');
    await expect(page.getByRole('link', { name: /Administration/ }).isVisible()).resolves.toBe(true);
  });

  it('picks the operator with key 1, asks for the PIN, shows the translated error for a wrong one, then signs in', async () => {
    const { page, screenshot } = await openSetUpWorkshop();
    await screenshot('app-operators-fr');

    await page.getByRole('button', { name: /Amina Diallo/ }).waitFor();
    await page.keyboard.press('1');
    const dialog = page.getByRole('dialog', { name: /Code PIN d’Amina Diallo/ });
    await dialog.waitFor();
    await dialog.getByLabel('Code PIN').fill('1111');
    await dialog.getByLabel('Code PIN').press('Enter');
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').textContent()).toContain('Code PIN incorrect.');
    expect(await dialog.getByLabel('Code PIN').inputValue()).toBe('');
    await screenshot('app-pin-wrong-fr');

    await dialog.getByLabel('Code PIN').fill('2468');
    await dialog.getByLabel('Code PIN').press('Enter');
    await page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
    expect(await page.locator('.topbar-operator-name').textContent()).toBe('Amina Diallo');
  });

  it('switches the whole interface to English and back', async () => {
    const { page, screenshot } = await openSetUpWorkshop();
    await signIn(page, 'Amina Diallo', '2468');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    expect(await page.locator('.shell-nav').textContent()).toContain('Inventory');
    expect(await page.getByRole('button', { name: 'Switch operator' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.getByRole('button', { name: 'Switch operator' }).click();
    await page.getByRole('heading', { name: 'Who is working at this station?' }).waitFor();
    await screenshot('app-operators-en');
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await page.getByRole('heading', { name: /Qui travaille à ce poste/ }).waitFor();
  });
});
