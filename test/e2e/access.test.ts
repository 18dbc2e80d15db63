import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataStore } from '../../main/platform/open-data';
import { harnessFor, newSession } from '../helpers/api';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';

/** The PIN rule in Administration → Accès, and the wait after too many wrong PINs, as an operator sees them. */
let run: BrowserRun;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rebond-e2e-access-'));
  const h = harnessFor(openDataStore(dataDir));
  const admin = newSession();
  h.call(admin, 'session.setup', {
    siteName: 'Atelier de Lyon',
    operatorName: 'Alice Admin',
    pin: '2468',
    organisation: null,
  });
  h.call(admin, 'operators.create', { name: 'Damien Sécurité', roles: ['data_security_officer'] });
  h.call(admin, 'operators.create', { name: 'Paul Pin', roles: ['technician'], pin: '4821' });
  h.close();
  run = await openBrowserEdition({ dataDir });
}, 60_000);

afterAll(async () => {
  await run?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function chooseWithPin(name: RegExp, pin: string) {
  const { page } = run;
  await page.getByRole('button', { name }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Code PIN').fill(pin);
  await dialog.getByLabel('Code PIN').press('Enter');
  return dialog;
}

/** Types a PIN and waits for main's answer: the dialog empties the box after each refusal. */
async function submitWrong(dialog: ReturnType<BrowserRun['page']['getByRole']>, pin: string) {
  const input = dialog.getByLabel('Code PIN');
  await input.fill(pin);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe('');
}

describe('access', () => {
  it('makes an operator wait after five wrong PINs, saying until when, even for the right PIN', async () => {
    const { page } = run;
    await page.getByRole('heading', { name: /Qui travaille à ce poste/ }).waitFor();
    await page.getByRole('button', { name: /Paul Pin/ }).click();
    const dialog = page.getByRole('dialog');
    for (let attempt = 1; attempt <= 4; attempt += 1) await submitWrong(dialog, '0000');
    expect(await dialog.getByRole('alert').textContent()).toContain('Code PIN incorrect.');
    await submitWrong(dialog, '0000');
    await dialog.getByRole('alert').filter({ hasText: 'Trop de codes PIN erronés' }).waitFor();
    await submitWrong(dialog, '4821');
    await dialog
      .getByRole('alert')
      .filter({ hasText: /réessayez à \d\d:\d\d:\d\d \(dans \d+ s\)/ })
      .waitFor();
    expect(await dialog.getByRole('alert').textContent()).toContain('même le bon code est refusé');
    await run.screenshot('access-pin-locked-fr');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
  });

  it('lets an administrator require a PIN for the guarded roles; then an officer without one is told to ask for it', async () => {
    const { page } = run;
    await chooseWithPin(/Alice Admin/, '2468');
    await page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
    await page.goto(`${run.server.origin}/#/admin/access`);
    await page.getByText('Sans code PIN aujourd’hui : Damien Sécurité.').waitFor();
    const rule = page.getByLabel(/Exiger un code PIN pour les rôles/);
    expect(await rule.isChecked()).toBe(false);
    await rule.check();
    await expect.poll(() => rule.isChecked()).toBe(true);
    await run.screenshot('access-admin-fr');

    await page.getByRole('button', { name: 'Changer d’opérateur' }).click();
    await page.getByRole('button', { name: /Damien Sécurité/ }).click();
    await page.getByRole('alert').filter({ hasText: 'Damien Sécurité doit avoir un code PIN' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain(
      'demandez à l’administration de vous en attribuer un',
    );
  });
});
