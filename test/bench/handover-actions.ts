import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { openDataStore } from '../../main/platform/open-data';
import { harnessFor } from '../helpers/api';
import { mustCall } from '../e2e/helpers/desks';
import { openBrowserEdition } from '../helpers/browser';
import { setUpLending } from '../helpers/lending';
import { setOrganisation, simWithNumber } from '../helpers/papers';
import { atMost, type Figure } from './measure';

const SERIALS = Array.from({ length: 10 }, (_, index) => `5CG${String(index).padStart(4, '0')}X7`);
const PHONE = '06 12 34 56 78';

/**
 * What a journey costs the person at the desk, counted as Chromium is driven: each key chord (F7, Enter,
 * Ctrl+Enter, Alt+P) and each click counts one; a scan (the scanner types the code and its Enter) and a value typed
 * into one field count one each, however long the value.
 */
class Actions {
  count = 0;
  constructor(private readonly page: Page) {}
  async press(key: string): Promise<void> {
    this.count += 1;
    await this.page.keyboard.press(key);
  }
  async scan(code: string): Promise<void> {
    this.count += 1;
    await this.page.keyboard.type(code, { delay: 2 });
    await this.page.keyboard.press('Enter');
  }
  async type(text: string): Promise<void> {
    this.count += 1;
    await this.page.keyboard.type(text);
  }
  async click(target: Locator): Promise<void> {
    this.count += 1;
    await target.click();
  }
  /** Counts the actions of one part of the journey. */
  async part(work: () => Promise<void>): Promise<number> {
    const before = this.count;
    await work();
    return this.count - before;
  }
}

/**
 * The site's day in headless Chromium, on the built renderer: intake of ten laptops of one model, their erasure and
 * its verification by the data-security officer, a handover of one of them with a SIM card and a charger to an
 * existing adult beneficiary (signatures on paper, the loan agreement and the receipt printed), then its return.
 * Between the erasure and the handover the laptop is refurbished and checked through the API (the workshop is not
 * part of this journey); switching operator at the workstation is not counted.
 */
export async function handoverActionsFigures(log: (line: string) => void): Promise<Figure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rebond-bench-actions-'));
  const h = harnessFor(openDataStore(dataDir));
  const desk = setUpLending(h);
  setOrganisation(h, desk);
  const programme = h.call(desk.coord, 'programmes.list', {}).find((entry) => entry.id === desk.programme);
  if (!programme) throw new Error('no programme');
  // A programme that runs the whole loan: nothing to warn about in the usual case.
  h.call(desk.coord, 'programmes.update', { ...programme, endsOn: '2028-08-31' });
  const simId = simWithNumber(h, desk, 41, PHONE);
  const iccid = h.call(desk.coord, 'sims.get', { id: simId }).iccid;
  h.call(desk.coord, 'beneficiaries.create', {
    partnerId: desk.school,
    reference: 'BEN-2026-100',
    category: 'young_person',
    minor: false,
    firstName: 'Sami',
    lastName: 'Haddad',
    consentOn: '2026-11-02',
  });
  h.close();

  const run = await openBrowserEdition({ dataDir, viewport: { width: 1366, height: 900 } });
  const { page } = run;
  page.setDefaultTimeout(15_000);
  const act = new Actions(page);
  const signIn = async (name: string) => {
    if ((await page.locator('.topbar-operator-name').count()) > 0)
      await page.getByRole('button', { name: 'Changer d’opérateur' }).click();
    await page.getByRole('button', { name: new RegExp(name) }).click();
    await page.locator('.topbar-operator-name', { hasText: name }).waitFor();
  };
  try {
    await signIn('Théo Technicien');
    log('  intake of 10 laptops…');
    const intake = await act.part(async () => {
      await act.press('F3');
      await act.click(page.locator('.desk-batch-choice').first());
      await page.locator('#intake-serial').waitFor();
      await act.press('Alt+m');
      await act.type('Dell');
      await act.press('Alt+o');
      await act.type('Latitude 5490');
      await act.click(page.getByLabel('Capacité (Go)'));
      await act.type('256');
      await act.press('Enter');
      for (const serial of SERIALS) {
        await act.scan(serial);
        await page.locator('[data-testid=intake-session] tbody tr', { hasText: serial }).waitFor();
      }
    });

    log('  erasure and verification…');
    const erasure = await act.part(async () => {
      await act.press('F4');
      await page.locator('#erasure-scan').waitFor();
      for (const serial of SERIALS) {
        await act.scan(serial);
        await page.getByTestId('erasure-form').waitFor();
        await act.press('Enter');
        await page.getByTestId('erasure-recorded').waitFor();
      }
      const panel = page.getByTestId('erasure-verification');
      await act.click(panel.getByLabel('Tout cocher'));
      await act.click(panel.getByRole('button', { name: 'Vérifier en tant que…' }));
      const dialog = page.getByRole('dialog', { name: /Vérifier 10 effacements en tant que/ });
      await dialog.waitFor();
      await act.click(dialog.getByRole('button', { name: /Se connecter et vérifier/ }));
      await page.getByTestId('verification-done').waitFor();
    });

    // The workshop, outside this journey: refurbished, graded and checked.
    const found = await mustCall(run, 'inventory.search', { query: SERIALS[0] ?? '', limit: 1 });
    const laptopId = found.exact?.id ?? 0;
    const laptop = found.exact?.assetTag ?? '';
    await mustCall(run, 'refurbishment.record', {
      deviceId: laptopId,
      outcome: 'refurbished',
      grade: 'A',
      functional: 'working',
    });
    await mustCall(run, 'refurbishment.qualityCheck', { deviceId: laptopId, passed: true });

    await signIn('Sophie Coordination');
    log('  handover of laptop, SIM card and charger…');
    const handover = await act.part(async () => {
      await act.press('F7');
      await page.locator('#handover-beneficiary').waitFor();
      await act.scan('BEN-2026-100');
      await page.getByTestId('handover-recipient').waitFor();
      await act.scan(SERIALS[0] ?? '');
      await page.locator(`[data-testid=handover-basket] tr[data-item="${laptop}"]`).waitFor();
      await act.scan(iccid);
      await page.locator(`[data-testid=handover-basket] tr[data-item="${iccid}"]`).waitFor();
      await act.click(page.getByRole('button', { name: '+ Chargeur' }));
      await act.press('Control+Enter');
      await page.getByTestId('papers-step').waitFor();
      await page.getByTestId('papers-all-paper').waitFor();
      await act.press('Alt+p');
      await page
        .getByTestId('signer-staff')
        .getByText(/Signera la copie papier/)
        .waitFor();
      const tab = run.context.waitForEvent('page');
      await act.press('Alt+d');
      await page.getByText(/Documents [A-Z]+-\d{4}-\d{6}, [A-Z]+-\d{4}-\d{6} émis/).waitFor();
      await (await tab).close();
    });

    log('  return…');
    const returned = await act.part(async () => {
      await act.press('F8');
      await page.locator('#returns-scan').waitFor();
      await act.scan(laptop);
      await page.getByTestId('returns-handover').waitFor();
      await act.scan(iccid);
      await page.getByTestId('returns-items').getByRole('checkbox', { checked: true }).nth(1).waitFor();
      await act.press('Control+Enter');
      await page.getByTestId('returns-done').waitFor();
    });

    const how = 'keys and clicks in headless Chromium; a scan or a typed value counts one';
    return [
      atMost(
        'handover_actions',
        handover,
        'actions',
        10,
        `${how}: F7, beneficiary, 2 scans, charger, Ctrl+Enter, Alt+P (all sign on paper), Alt+D (both documents)`,
      ),
      {
        name: 'intake_10_actions',
        value: intake,
        unit: 'actions',
        target: 'report',
        ok: true,
        note: `${how}: 10 laptops of one model into an open batch`,
      },
      {
        name: 'erasure_10_actions',
        value: erasure,
        unit: 'actions',
        target: 'report',
        ok: true,
        note: `${how}: 10 erasures on the drive's preset, then verified at once by the officer`,
      },
      {
        name: 'return_actions',
        value: returned,
        unit: 'actions',
        target: 'report',
        ok: true,
        note: `${how}: F8, 2 scans, Ctrl+Enter`,
      },
    ];
  } catch (error) {
    await run.screenshot('bench-handover-actions-failed');
    throw error;
  } finally {
    await run.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
