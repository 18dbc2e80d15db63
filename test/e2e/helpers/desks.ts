import type { BrowserContext, Page } from 'playwright-core';
import type { Input, MethodName, Result } from '../../../shared/contract';
import type { ApiResult } from '../../../shared/errors';
import type { BrowserRun } from '../../helpers/browser';
import { expectAccessible } from './axe';

/**
 * Calls the API from inside the page, with the page's own session cookie, the way the renderer does: what the
 * test reads is what the screen would read.
 */
export async function pageCall<M extends MethodName>(
  run: BrowserRun,
  method: M,
  input: Input<M>,
): Promise<ApiResult<Result<M>>> {
  return run.page.evaluate(
    async ({ method, input }) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': document.documentElement.lang || 'fr' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as ApiResult<Result<M>>;
    },
    { method, input },
  );
}

/** Above this a beep is the "taken" tone, below `LOW_TONE` the "refused" one (Hz). */
export const HIGH_TONE = 1000;
export const LOW_TONE = 400;

/** Same as `pageCall`, but the test fails at once with main's message when the call is refused. */
export async function mustCall<M extends MethodName>(run: BrowserRun, method: M, input: Input<M>): Promise<Result<M>> {
  const result = await pageCall(run, method, input);
  if (!result.ok) throw new Error(`${method} refused: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/**
 * Records the frequency of every tone the page starts through Web Audio, so a test can hear the desks' beeps:
 * `window.__rebondBeeps`. Applies from the next navigation on.
 */
export async function recordBeeps(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const heard: number[] = [];
    Object.assign(window, { __rebondBeeps: heard });
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      const oscillator = create.call(this);
      const start = oscillator.start.bind(oscillator);
      oscillator.start = (when?: number) => {
        heard.push(oscillator.frequency.value);
        start(when);
      };
      return oscillator;
    };
  });
}

/** The tones heard since the page loaded, in order (Hz). */
export async function beeps(page: Page): Promise<number[]> {
  return page.evaluate(() => [...((window as unknown as { __rebondBeeps?: number[] }).__rebondBeeps ?? [])]);
}

/** Types like a scanner into whatever has the focus, then Enter: the test never clicks into the scan field. */
export async function scan(page: Page, code: string): Promise<void> {
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

/** Switches operator through the app's own screens: "Changer d'opérateur", the name, the PIN. */
export async function signInThroughUi(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('button', { name: 'Changer d’opérateur' }).click();
  await page.getByRole('heading', { name: /Qui travaille à ce poste/ }).waitFor();
  await page.getByRole('button', { name: new RegExp(name) }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`Code PIN (de |d’)${name}`) });
  await dialog.getByLabel('Code PIN').fill(pin);
  await dialog.getByLabel('Code PIN').press('Enter');
  await page.locator('.topbar-operator-name', { hasText: name }).waitFor();
  await expectAccessible(page, `the screen after signing in as ${name}`);
}

/** Opens a screen from the navigation, as a person would; the screen must pass axe-core. */
export async function openDesk(page: Page, label: string, heading: string | RegExp): Promise<void> {
  await page
    .locator('.shell-nav')
    .getByRole('link', { name: new RegExp(label) })
    .click();
  await page.getByRole('heading', { name: heading }).first().waitFor();
  await expectAccessible(page, `the screen « ${label} »`);
}

/** Whether the element holding the focus has all of its text selected (the next scan replaces it). */
export async function focusedTextSelected(page: Page): Promise<{ id: string; value: string; selected: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLInputElement)) return { id: '', value: '', selected: false };
    return {
      id: element.id,
      value: element.value,
      selected:
        element.value.length > 0 && element.selectionStart === 0 && element.selectionEnd === element.value.length,
    };
  });
}

/** A device as main sees it now, by asset tag. */
export async function deviceByTag(run: BrowserRun, assetTag: string) {
  return mustCall(run, 'devices.get', { assetTag });
}

/** The first start through the setup screen: site, administrator, PIN; ends on the dashboard. */
export async function setUpThroughUi(page: Page, site: string, admin: string, pin: string): Promise<void> {
  await page.getByLabel('Nom du site').fill(site);
  await page.getByLabel('Administrateur ou administratrice').fill(admin);
  await page.getByLabel('Code PIN').fill(pin);
  await page.getByLabel('Code PIN').press('Enter');
  await page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
  await expectAccessible(page, 'the dashboard after setup');
}

/** The intake template by its shortcuts alone: Alt+M, the make, Alt+O, the model. */
export async function typeMakeAndModel(page: Page, make: string, model: string): Promise<void> {
  await page.keyboard.press('Alt+m');
  await page.keyboard.type(make);
  await page.keyboard.press('Alt+o');
  await page.keyboard.type(model);
}
