import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserRun } from '../helpers/browser';
import { iccid } from '../helpers/lending';
import { beeps, focusedTextSelected, HIGH_TONE as HIGH, LOW_TONE as LOW, mustCall, scan } from './helpers/desks';
import { openDesksAt, signInFromOperatorScreen, type DesksRun, type DesksStage } from './helpers/desks-flow';

/**
 * The keys and the scan fields that every desk shares: the function keys and the `?` overlay, the erasure desk's
 * worklist and start time, SIM intake's refusals, and what an operator switch shows. Each test seeds its own
 * workshop through the API (helpers/desks-flow.ts) and can run alone.
 */
const THEO = { name: 'Théo Technicien', pin: '2468' };
const ALICE = { name: 'Alice Admin', pin: '9999' };
let desks: DesksRun | undefined;
let run: BrowserRun;

async function at(stage: DesksStage, operator: { name: string; pin: string }): Promise<DesksRun> {
  desks = await openDesksAt(stage, operator);
  run = desks.run;
  return desks;
}
afterEach(async () => {
  await desks?.close();
  desks = undefined;
});

const lastBeep = async () => (await beeps(run.page)).at(-1) ?? 0;
/** Waits for the next beep after `before` tones: a scan's outcome is settled once it is heard. */
const untilBeep = (before: number) =>
  run.page.waitForFunction(
    (count) => ((window as unknown as { __rebondBeeps?: number[] }).__rebondBeeps ?? []).length > count,
    before,
  );

describe('function keys and the ? overlay', () => {
  it('keeps each key on its screen whatever the role, and lists the screen’s keys on ?', async () => {
    await at({ devices: true }, THEO);
    const { page } = run;
    // A technician may not open the counter: no F7, and F8 is still the returns desk.
    const keys = await page.locator('.shell-nav a kbd').allTextContents();
    expect(keys).toEqual(['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F8']);
    await page.keyboard.press('F7');
    await page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
    await page.keyboard.press('F8');
    await page.getByRole('heading', { name: 'Retours' }).first().waitFor();
    await page.keyboard.press('F4');
    await page.getByRole('heading', { name: 'Effacement' }).first().waitFor();

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('?');
    const overlay = page.getByRole('dialog', { name: 'Raccourcis clavier' });
    await overlay.waitFor();
    const screenKeys = await overlay.getByTestId('keys-screen').textContent();
    expect(screenKeys).toContain('Alt+T');
    expect(screenKeys).toContain('Cocher toute la liste de la réinitialisation');
    const screens = await overlay.getByTestId('keys-screens').textContent();
    expect(screens).toContain('F4Effacement');
    expect(screens).not.toContain('F7');
    await run.screenshot('desk-keys-overlay');
    await page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'hidden' });

    // A ? typed into the scan field is text, not the overlay.
    await page.locator('#erasure-scan').fill('');
    await page.locator('#erasure-scan').press('?');
    expect(await page.locator('#erasure-scan').inputValue()).toBe('?');
    expect(await overlay.isVisible()).toBe(false);

    // The same keys for an administrator, with F7 for the counter they may use.
    await page.getByRole('button', { name: 'Changer d’opérateur' }).click();
    await signInFromOperatorScreen(page, ALICE.name, ALICE.pin);
    expect(await page.locator('.shell-nav a kbd').allTextContents()).toEqual([
      'F1',
      'F2',
      'F3',
      'F4',
      'F5',
      'F6',
      'F7',
      'F8',
      'F9',
    ]);
    await page.keyboard.press('F8');
    await page.getByRole('heading', { name: 'Retours' }).first().waitFor();
  });

  it('sets the workshop’s grade and functional result from the keyboard', async () => {
    const { tags } = await at({ devices: true, recorded: true, verified: true }, THEO);
    const { page } = run;
    await page.keyboard.press('F5');
    await page.getByRole('heading', { name: 'Atelier' }).first().waitFor();
    await scan(page, tags.L1);
    await page.getByTestId('workshop-form').waitFor();
    await page.keyboard.press('Alt+b');
    await page.keyboard.press('Alt+2');
    expect(await page.getByTestId('workshop-grade').locator('input:checked').getAttribute('value')).toBe('B');
    expect(await page.getByTestId('workshop-functional').locator('input:checked').getAttribute('value')).toBe(
      'working_with_defects',
    );
    await page.keyboard.press('Alt+d');
    expect(await page.getByTestId('workshop-grade').locator('input:checked').getAttribute('value')).toBe('D');
    await page.keyboard.press('Alt+q');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('workshop-qc');
  });
});

describe('erasure desk', () => {
  it('shows what waits for an erasure, opens a device from it, and takes the start time at the scan', async () => {
    const { tags } = await at({ devices: true }, THEO);
    const { page } = run;
    await page.clock.install();
    await page.reload();
    await page.locator('.topbar-operator-name', { hasText: THEO.name }).waitFor();
    await page.keyboard.press('F4');
    const worklist = page.getByTestId('erasure-worklist');
    await worklist.getByRole('heading', { name: '4 appareils à effacer' }).waitFor();
    expect(
      await worklist.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-asset-tag'))),
    ).toEqual(expect.arrayContaining([tags.L1, tags.L2, tags.L3, tags.T1]));
    await run.screenshot('desk-erasure-worklist');

    // The tablet from the list: the factory-reset checklist is ticked in one action.
    await worklist.getByRole('button', { name: `Effacer ${tags.T1}` }).click();
    await page.getByTestId('erasure-form').waitFor();
    await page.getByTestId('erasure-checklist').waitFor();
    await page.keyboard.press('Alt+t');
    const boxes = page.getByTestId('erasure-checklist').locator('input[type=checkbox]');
    expect(await boxes.evaluateAll((inputs) => inputs.every((input) => (input as HTMLInputElement).checked))).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    // L1 scanned, the erasure takes 25 minutes, then it is recorded: it started at the scan, ended at the record.
    await scan(page, tags.L1);
    const form = page.getByTestId('erasure-form');
    await form.waitFor();
    const scannedAt = await page.evaluate(() => Date.now());
    await page.clock.fastForward('25:00');
    await form.getByLabel('Outil', { exact: true }).fill('nwipe');
    await form.getByRole('button', { name: /^Enregistrer/ }).click();
    await page.getByTestId('erasure-recorded').waitFor();
    const device = await mustCall(run, 'devices.get', { assetTag: tags.L1 });
    const erasure = device.erasures.at(-1);
    expect(erasure).toBeDefined();
    const started = Date.parse(erasure?.startedAt ?? '');
    const ended = Date.parse(erasure?.endedAt ?? '');
    // The form's times are to the minute.
    expect(Math.abs(started - scannedAt)).toBeLessThan(120_000);
    expect(ended - started).toBeGreaterThanOrEqual(24 * 60_000);

    // Back on the empty desk, L1 is marked as waiting for its verification.
    await page.keyboard.press('Escape');
    await page.locator('#erasure-scan').press('Escape');
    await worklist.locator(`tr[data-asset-tag="${tags.L1}"]`, { hasText: 'effacement à vérifier' }).waitFor();
  });

  it('names the drive of each erasure on the device page, serial or not', async () => {
    const { tags } = await at({ devices: true, recorded: true }, THEO);
    const { page } = run;
    await page.goto(`${run.server.url.replace(/#.*/, '')}#/device/${tags.L1}`);
    const subject = page.getByTestId('erasure-subject').first();
    await subject.waitFor();
    expect(await subject.textContent()).toMatch(/^Disque · SSD .* · 256 Go · /);
    await page.goto(`${run.server.url.replace(/#.*/, '')}#/device/${tags.T1}`);
    expect(await page.getByTestId('erasure-subject').first().textContent()).toBe('Appareil entier');
  });
});

describe('SIM intake', () => {
  it('beeps and keeps a refused scan selected, like the device desks', async () => {
    await at({}, ALICE);
    const { page } = run;
    await page.goto(`${run.server.url.replace(/#.*/, '')}#/sims/intake`);
    const box = page.getByRole('textbox', { name: 'ICCID' });
    await box.waitFor();
    // Before the box's operator and plan: refused, low beep, the code kept selected.
    await scan(page, iccid(41));
    await untilBeep(0);
    await page.getByRole('alert').first().waitFor();
    expect(await lastBeep()).toBeLessThan(LOW);
    expect(await focusedTextSelected(page)).toEqual({ id: 'sim-intake-scan', value: iccid(41), selected: true });

    await page.getByLabel('Opérateur mobile').fill('Orange');
    await page.getByLabel('Forfait', { exact: true }).fill('Mobicarte 20 Go');
    await box.fill('');
    await box.focus();
    await scan(page, `  ${iccid(41)} `);
    await untilBeep(1);
    await page.locator(`.sim-scanned [data-iccid="${iccid(41)}"]`).waitFor();
    expect(await lastBeep()).toBeGreaterThan(HIGH);
    expect(await focusedTextSelected(page)).toEqual({ id: 'sim-intake-scan', value: '', selected: false });

    for (const refused of ['8933012345', iccid(41)]) {
      const before = (await beeps(page)).length;
      await scan(page, refused);
      await untilBeep(before);
      await page.locator('.banner-error').waitFor();
      expect(await box.getAttribute('aria-invalid')).toBe('true');
      expect(await focusedTextSelected(page)).toEqual({ id: 'sim-intake-scan', value: refused, selected: true });
      const heard = await beeps(page);
      expect(heard.length).toBe(before + 1);
      expect(heard.at(-1)).toBeLessThan(LOW);
    }
    // Esc empties the field and the refusal goes.
    await box.press('Escape');
    expect(await box.inputValue()).toBe('');
    await page.locator('.banner-error').waitFor({ state: 'detached' });
    expect((await mustCall(run, 'sims.list', {})).map((sim) => sim.iccid)).toEqual([iccid(41)]);
  });
});

describe('operator switch and the intake batch', () => {
  it('shows the new operator a screen they may use', async () => {
    await at({}, ALICE);
    const { page } = run;
    await page.goto(`${run.server.url.replace(/#.*/, '')}#/admin`);
    await page.getByRole('heading', { name: 'Administration' }).first().waitFor();
    await page.getByRole('button', { name: 'Changer d’opérateur' }).click();
    await signInFromOperatorScreen(page, THEO.name, THEO.pin);
    await page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe('#/dashboard');
    expect(await page.getByText('Votre rôle ne donne pas accès à cet écran.').count()).toBe(0);
  });

  it('comes back to the batch in progress on F3, and « Changer de lot » offers it first with the focus', async () => {
    await at({ devices: true }, THEO);
    const { page } = run;
    await page.keyboard.press('F3');
    const batchButton = page.getByTestId('intake-open-batches').getByRole('button').first();
    await batchButton.waitFor();
    await batchButton.press('Enter');
    await page.getByTestId('intake-batch').waitFor();
    expect(await focusedTextSelected(page)).toMatchObject({ id: 'intake-serial' });
    const batchHash = await page.evaluate(() => window.location.hash);

    // The batch's expected count put right in its dialog: unreadable text is refused next to the field, then saved.
    await page.getByRole('button', { name: 'Modifier le lot' }).click();
    const edit = page.getByRole('dialog', { name: /Modifier le lot/ });
    await edit.getByLabel(/Nombre attendu/).fill('douze');
    await edit.getByRole('button', { name: 'Enregistrer' }).click();
    await edit.getByRole('alert').waitFor();
    expect(await edit.getByLabel(/Nombre attendu/).getAttribute('aria-invalid')).toBe('true');
    await edit.getByLabel(/Nombre attendu/).fill('7');
    await edit.getByRole('button', { name: 'Enregistrer' }).click();
    await edit.waitFor({ state: 'hidden' });
    await page.getByTestId('intake-progress').filter({ hasText: '4 reçus sur 7 attendus' }).waitFor();

    // F3 on the desk itself: nothing reloaded, the scan field has the focus again.
    await page.getByRole('button', { name: 'Modifier le lot' }).focus();
    await page.keyboard.press('F3');
    expect(await focusedTextSelected(page)).toMatchObject({ id: 'intake-serial' });
    // Another screen, then F3: back to the same batch, ready to scan.
    await page.keyboard.press('F2');
    await page.getByRole('heading', { name: 'Inventaire' }).first().waitFor();
    await page.keyboard.press('F3');
    await page.getByTestId('intake-batch').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(batchHash);
    await page.waitForFunction(() => document.activeElement?.id === 'intake-serial');

    // « Changer de lot »: the list, the batch in progress marked and focused; Enter goes back to it.
    await page.getByRole('button', { name: 'Changer de lot' }).click();
    await page.getByTestId('intake-open-batches').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-current') === 'true');
    await page.keyboard.press('Enter');
    await page.getByTestId('intake-batch').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(batchHash);
  });
});
