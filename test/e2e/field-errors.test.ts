import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible } from './helpers/axe';
import { openDesk, scan } from './helpers/desks';
import { openDesksAt, type DesksRun } from './helpers/desks-flow';

/**
 * A refusal is shown on its field: the field is outlined, says what is wrong under it, has the focus and is on
 * screen, whether the form found the mistake itself or main refused it. The erasure form is taller than a laptop's
 * screen, so its fields in error used to be out of sight.
 */
let desks: DesksRun;
beforeAll(async () => {
  desks = await openDesksAt({ devices: true }, { name: 'Théo Technicien', pin: '2468' });
  await desks.run.page.setViewportSize({ width: 1280, height: 560 });
}, 120_000);
afterAll(async () => desks?.close());

/** The focused element: its label, whether it is wholly inside the window, and the words it is described by. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    if (!element) return null;
    const box = element.getBoundingClientRect();
    const described = (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    return {
      label: element.labels?.[0]?.textContent ?? '',
      invalid: element.getAttribute('aria-invalid'),
      onScreen: box.top >= 0 && box.bottom <= window.innerHeight,
      described,
    };
  });
}

describe('errors on their field', () => {
  it('a required field left blank: focused, on screen, and says so under it', async () => {
    const { page } = desks.run;
    await openDesk(page, 'Effacement', 'Effacement des données');
    await scan(page, desks.tags.L1);
    await page.getByTestId('erasure-form').waitFor();
    await page.getByLabel('Outil', { exact: true }).fill('');
    // Submitted from the last field of the form, far below the tool's.
    await page.getByLabel(/Classification après assainissement/).press('Enter');
    await page.getByRole('alert').waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ label: 'Outil', invalid: 'true', onScreen: true });
    expect((await focused(page))?.described).toContain('Outil');
    await expectAccessible(page, 'the erasure form with a field in error');
  });

  it('main’s refusal naming a field (the end before the start) lands on that field', async () => {
    const { page } = desks.run;
    await page.getByLabel('Outil', { exact: true }).fill('nwipe');
    await page.getByLabel('Début', { exact: true }).fill('2026-11-02T10:00');
    await page.getByLabel('Fin', { exact: true }).fill('2026-11-02T09:00');
    await page.getByLabel(/Classification après assainissement/).press('Enter');
    await page.getByRole('alert').filter({ hasText: 'la fin ne peut pas précéder le début' }).waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ label: 'Fin', invalid: 'true', onScreen: true });
    expect((await focused(page))?.described).toContain('Fin : la fin ne peut pas précéder le début');
    await desks.run.screenshot('field-error-erasure');
  });
});
