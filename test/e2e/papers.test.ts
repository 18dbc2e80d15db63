import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';
import { mustCall, openDesk, scan } from './helpers/desks';
import { chooseOperator, seedLendingDesks, type LendingDeskSeed } from './helpers/lending-desks';

/**
 * The papers after a handover, in Chromium: a signature drawn with the pointer on the pad, another left for the
 * paper copy with the keyboard only, the agreement printed with them; then the programme's agreement text edited,
 * refused live on an unknown placeholder, and saved.
 */
let run: BrowserRun;
let dataDir: string;
let seed: LendingDeskSeed;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rebond-e2e-papers-'));
  seed = seedLendingDesks(dataDir);
  run = await openBrowserEdition({ dataDir, viewport: { width: 1366, height: 900 } });
  run.page.setDefaultTimeout(10_000);
  await chooseOperator(run.page, seed.coordinator);
}, 90_000);

afterAll(async () => {
  await run?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A scribble across the pad, as a finger or a mouse would draw it. */
async function scribble(page: Page, testId: string): Promise<void> {
  const canvas = page.getByTestId(testId).locator('canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no signature canvas');
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 0; step <= 24; step += 1) {
    await page.mouse.move(box.x + 30 + step * 10, box.y + box.height / 2 + Math.sin(step / 2) * 30, { steps: 2 });
  }
  await page.mouse.up();
}

describe('papers after a handover', () => {
  it('saves a drawn signature and a « paper copy » choice, and prints the agreement with them', async () => {
    const { page } = run;
    await openDesk(page, 'Remise', 'Comptoir de remise');
    await scan(page, 'ELV-AUTRE');
    await page.getByTestId('handover-recipient').waitFor();
    await page.keyboard.press('Alt+s');
    await scan(page, seed.tabletTags[0] ?? '');
    await page.locator(`[data-testid=handover-basket] tr[data-item="${seed.tabletTags[0]}"]`).waitFor();
    // The loan runs past the programme's end: accepted knowingly (Alt+W) before confirming.
    await page.getByTestId('handover-basket-warnings').waitFor();
    await page.keyboard.press('Alt+w');
    await page.keyboard.press('Control+Enter');
    const step = page.getByTestId('papers-step');
    await step.waitFor();
    const number = (await page.getByTestId('handover-result').getAttribute('data-number')) ?? '';

    // The pupil is a minor: her guardian signs too.
    expect(
      await step
        .locator('[data-signer]')
        .evaluateAll((panels) => panels.map((panel) => panel.getAttribute('data-signer'))),
    ).toEqual(['receiver', 'guardian', 'staff']);
    await scribble(page, 'signer-receiver');
    await page.getByTestId('signer-receiver').getByRole('button', { name: 'Enregistrer la signature' }).click();
    await page.getByTestId('signer-receiver').locator('img').waitFor();

    // Keyboard only: the « paper copy » box, then the save button.
    await page.getByTestId('signer-guardian').getByLabel('La copie papier sera signée').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page
      .getByTestId('signer-guardian')
      .getByText(/Signera la copie papier/)
      .waitFor();
    await scribble(page, 'signer-staff');
    await run.screenshot('papers-handover-step');
    await page.getByTestId('signer-staff').getByRole('button', { name: 'Enregistrer la signature' }).click();
    await page.getByTestId('signer-staff').locator('img').waitFor();

    const handover = (await mustCall(run, 'handovers.list', { limit: 10 })).find((entry) => entry.number === number);
    const signatures = await mustCall(run, 'signatures.list', { handoverId: handover?.id ?? 0 });
    expect(signatures.signatures.map((s) => [s.signer, s.mode]).sort()).toEqual([
      ['guardian', 'paper'],
      ['receiver', 'drawn'],
      ['staff', 'drawn'],
    ]);

    const tab = run.context.waitForEvent('page');
    await page.getByTestId('print-agreement').click();
    await (await tab).close();
    await page.getByText(/Document AGR-\d{4}-\d{6} établi/).waitFor();
    const documents = await mustCall(run, 'documents.list', { subjectType: 'handover', subjectId: handover?.id ?? 0 });
    expect(documents.map((document) => document.kind)).toEqual(['agreement']);
  }, 90_000);
});

describe('agreement text editor', () => {
  it('refuses an unknown placeholder as it is typed, then saves a valid text', async () => {
    const { page } = run;
    const [programme] = await mustCall(run, 'programmes.list', {});
    await page.goto(`${run.server.url.replace(/#.*/, '')}#/programmes/${programme?.id ?? 0}`);
    await page.getByTestId('agreement-template-link').click();
    await page.getByRole('heading', { name: /Texte de la convention/ }).waitFor();
    expect(await page.getByTestId('template-status').textContent()).toBe('Texte par défaut de Rebond');
    const body = page.getByTestId('template-body');
    await body.fill('# Objet\nPrêt à {beneficiaire.prenom}.');
    expect(await page.getByTestId('template-check').textContent()).toContain(
      'Ligne 2 : le champ {beneficiaire.prenom} n’existe pas.',
    );
    expect(await page.getByRole('button', { name: 'Enregistrer le texte' }).isDisabled()).toBe(true);
    await run.screenshot('papers-template-refused');

    await body.fill('# Objet\nPrêt à ');
    await page.getByRole('button', { name: '{beneficiaire.nom}' }).click();
    expect(await body.inputValue()).toBe('# Objet\nPrêt à {beneficiaire.nom}');
    expect(await page.getByTestId('template-check').textContent()).toBe('Modifications non enregistrées.');
    expect(await page.locator('.template-preview').textContent()).toContain('Prêt à Camille Exemple');
    await page.getByRole('button', { name: 'Enregistrer le texte' }).click();
    await page.getByTestId('template-status').filter({ hasText: 'Texte propre au programme' }).waitFor();
    await run.screenshot('papers-template-saved');
    const saved = await mustCall(run, 'agreementTemplates.get', {
      programmeId: programme?.id ?? 0,
      variant: 'adult',
      lang: 'fr',
    });
    expect(saved).toMatchObject({ custom: true, body: '# Objet\nPrêt à {beneficiaire.nom}' });
  }, 60_000);
});
