import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opensTab, type BrowserRun } from '../helpers/browser';
import { openDemoDesk, type DemoDesk } from './helpers/demo-desk';
import { focusedTextSelected, mustCall, scan } from './helpers/desks';

/** The intake desk prints each device's label as it is scanned, on a roll or Dymo stock, when switched on. */
let desk: DemoDesk;
let run: BrowserRun;
let batchId: number;

beforeAll(async () => {
  desk = await openDemoDesk('intake-labels', 10_000);
  ({ run, batchId } = desk);
}, 60_000);

afterAll(async () => {
  await desk?.close();
});

describe('labels at the intake desk', () => {
  it('prints the label of each device scanned once Alt+L is on, remembers it on this workstation, and stops with Alt+L', async () => {
    const { page, context } = run;
    await page.goto(`${run.server.url.replace(/#.*/, '')}#/intake/${batchId}`);
    await page.locator('#intake-serial').waitFor();
    await page.locator('#intake-serial').focus();
    const toggle = page.getByTestId('intake-print-labels');
    expect(await toggle.isChecked()).toBe(false);
    await page.keyboard.press('Alt+KeyL');
    expect(await toggle.isChecked()).toBe(true);
    await page.getByTestId('intake-label-at-scan').getByLabel('Support').selectOption('dymo-54x25');
    await run.screenshot('doc-app-intake-labels-fr');

    await page.locator('#intake-serial').focus();
    const label = context.waitForEvent(
      'response',
      (response) => opensTab(response) && /\/documents\/LBL-\d{4}-\d{6}\.pdf/.test(response.url()),
    );
    await scan(page, 'SN-LABEL-0001');
    const response = await label;
    expect(response.status()).toBe(200);
    expect(await response.headerValue('content-type')).toContain('application/pdf');
    const tag = (await page.getByTestId('intake-last-tag').textContent()) ?? '';
    const device = await mustCall(run, 'devices.get', { assetTag: tag });
    const issued = await mustCall(run, 'documents.list', { subjectType: 'device', subjectId: device.id });
    expect(issued).toMatchObject([{ kind: 'labels', format: 'dymo-54x25', subjectType: 'device' }]);
    await page.bringToFront();
    expect(await focusedTextSelected(page)).toMatchObject({ id: 'intake-serial', value: '' });

    // Remembered on this workstation: still on after a reload, with its stock.
    await page.reload();
    await page.locator('#intake-serial').waitFor();
    expect(await page.getByTestId('intake-print-labels').isChecked()).toBe(true);
    expect(await page.getByTestId('intake-label-at-scan').getByLabel('Support').inputValue()).toBe('dymo-54x25');
    await page.keyboard.press('Alt+KeyL');
    expect(await page.getByTestId('intake-print-labels').isChecked()).toBe(false);
    const before = context.pages().length;
    await page.locator('#intake-serial').focus();
    await scan(page, 'SN-LABEL-0002');
    await page.locator('[data-testid=intake-session] tbody tr', { hasText: 'SN-LABEL-0002' }).waitFor();
    expect(context.pages().length).toBe(before);
  }, 60_000);
});
