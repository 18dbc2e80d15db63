import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';
import { padPng } from '../helpers/signature-png';
import { mustCall, openDesk, scan } from './helpers/desks';
import { chooseOperator, seedLendingDesks, type LendingDeskSeed } from './helpers/lending-desks';

/**
 * The handover's own page and the counter's warnings, in Chromium. Each test makes the handover it needs through
 * the API (or at the counter) from the seeded workshop, so either runs alone.
 */
let run: BrowserRun;
let dataDir: string;
let seed: LendingDeskSeed;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rebond-e2e-handover-page-'));
  seed = seedLendingDesks(dataDir);
  run = await openBrowserEdition({ dataDir, viewport: { width: 1366, height: 900 } });
  run.page.setDefaultTimeout(10_000);
  await chooseOperator(run.page, seed.coordinator);
}, 90_000);

afterAll(async () => {
  await run?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const goTo = (hash: string) => run.page.goto(`${run.server.url.replace(/#.*/, '')}${hash}`);

describe('the handover page', () => {
  it('shows a handover after the counter, takes its signatures, signed copy and papers later, and its return', async () => {
    const { page } = run;
    const [person] = await mustCall(run, 'beneficiaries.search', { query: 'ELV-AUTRE' });
    const tablet = await mustCall(run, 'devices.get', { assetTag: seed.tabletTags[0] ?? '' });
    const sim = await mustCall(run, 'sims.get', { iccid: seed.simInStock });
    const { handover } = await mustCall(run, 'handovers.create', {
      recipient: { type: 'beneficiary', beneficiaryId: person?.id ?? 0 },
      programmeId: (await mustCall(run, 'programmes.list', {}))[0]?.id ?? 0,
      deviceIds: [tablet.id],
      simIds: [sim.id],
      accessories: ['Chargeur'],
    });

    // From the follow-up list, by its number.
    await goTo('#/follow-up');
    await page.locator(`[data-handover-link="${handover.number}"]`).first().click();
    const screen = page.getByTestId('handover-page');
    await screen.waitFor();
    expect(await screen.getAttribute('data-number')).toBe(handover.number);
    expect(plain(await page.getByTestId('handover-recipient-fact').textContent())).toContain('ELV-AUTRE');
    expect(plain(await screen.textContent())).toContain('Représentant légal');
    const items = page.getByTestId('handover-page-items');
    expect(await items.locator('tr[data-returned="no"]').count()).toBe(2);

    // The guardian comes the next day: everyone still to sign signs the paper copy (Alt+P), then the scan of it.
    await page.keyboard.press('Alt+p');
    await page
      .getByTestId('signer-guardian')
      .getByText(/Signera la copie papier/)
      .waitFor();
    await page
      .getByTestId('signer-staff')
      .getByText(/Signera la copie papier/)
      .waitFor();
    await page
      .getByTestId('papers-step')
      .locator('input[type=file]')
      .setInputFiles({ name: 'convention-signee.png', mimeType: 'image/png', buffer: padPng() });
    await page.getByText(/convention-signee\.png/).waitFor();

    // Both documents with one key, in one tab; then listed for reprinting.
    const tab = run.context.waitForEvent('page');
    await page.keyboard.press('Alt+d');
    const opened = await tab;
    await page.getByText(/Documents [A-Z]+-\d{4}-\d{6}, [A-Z]+-\d{4}-\d{6} émis/).waitFor();
    await opened.close();
    const documents = page.getByTestId('handover-documents');
    await expect.poll(() => documents.locator('li[data-document]').count()).toBe(2);
    expect(
      await documents
        .locator('li[data-document]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-document')).sort()),
    ).toEqual(['agreement', 'receipt']);

    const signatures = await mustCall(run, 'signatures.list', { handoverId: handover.id });
    expect(signatures.signatures.map((entry) => [entry.signer, entry.mode]).sort()).toEqual([
      ['guardian', 'paper'],
      ['receiver', 'paper'],
      ['staff', 'paper'],
    ]);
    expect(signatures.copies).toHaveLength(1);

    // The tablet comes back: the page says so, item by item.
    const lookup = await mustCall(run, 'returns.lookup', { scan: tablet.assetTag });
    await mustCall(run, 'returns.create', { items: [{ itemId: lookup.itemId }] });
    await page.reload();
    await screen.waitFor();
    await items.locator('tr[data-returned="yes"]').waitFor();
    expect(plain(await items.locator(`tr[data-item="${tablet.assetTag}"]`).textContent())).toMatch(
      /Rendu le \d{2}\/\d{2}\/\d{4}/,
    );
    expect(await page.getByTestId('handover-returns').locator('li[data-return]').count()).toBe(1);
    expect(
      await page
        .getByTestId('handover-history')
        .locator('[data-event-type]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event-type'))),
    ).toEqual(expect.arrayContaining(['handover.created', 'signature.captured', 'signed_copy.attached']));
    await run.screenshot('handover-page');

    // Linked from the device's page, the SIM card's page and the beneficiary's page.
    await goTo(`#/device/${tablet.assetTag}`);
    await page.getByTestId('device-handovers').locator(`[data-handover-link="${handover.number}"]`).click();
    await screen.waitFor();
    await goTo(`#/sims/${seed.simInStock}`);
    await page.getByRole('link', { name: new RegExp(handover.number) }).click();
    await screen.waitFor();
    await goTo(`#/beneficiaries/${person?.id ?? 0}`);
    await page.locator(`[data-handover-link="${handover.number}"]`).click();
    await screen.waitFor();
  }, 90_000);
});

describe('warnings at the counter', () => {
  it('shows main’s warnings before Ctrl+Enter, needs them accepted, and keeps the papers step through a stray scan', async () => {
    const { page } = run;
    await goTo('#/dashboard');
    await openDesk(page, 'Remise', 'Comptoir de remise');
    await scan(page, 'ELV-AUTRE');
    await page.getByTestId('handover-recipient').waitFor();
    await page.keyboard.press('Alt+s');
    await scan(page, seed.laptopSerial);
    await page.locator(`[data-testid=handover-basket] tr[data-item="${seed.laptopTag}"]`).waitFor();
    await scan(page, seed.spareSim);
    await page.locator(`[data-testid=handover-basket] tr[data-item="${seed.spareSim}"]`).waitFor();

    // Before anything is confirmed: the SIM card has no credit and no number, the person already has a loan out,
    // the loan runs past the programme's end.
    const warnings = page.getByTestId('handover-basket-warnings');
    await warnings.locator('[data-warning=sim_without_number]').waitFor();
    expect(
      await warnings
        .locator('[data-warning]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-warning'))),
    ).toEqual(['recipient_has_open_loan', 'due_after_programme_end', 'sim_without_credit', 'sim_without_number']);
    // A return date within the programme takes its warning away at once.
    await page.getByLabel('Date de retour prévue').fill('2027-06-30');
    await expect.poll(() => warnings.locator('[data-warning=due_after_programme_end]').count()).toBe(0);
    await run.screenshot('handover-counter-warnings');

    const before = (await mustCall(run, 'handovers.list', {})).length;
    await page.keyboard.press('Control+Enter');
    await page.getByRole('alert').filter({ hasText: 'J’ai pris connaissance' }).waitFor();
    expect((await mustCall(run, 'handovers.list', {})).length).toBe(before);
    await page.keyboard.press('Alt+w');
    await page.keyboard.press('Control+Enter');
    const result = page.getByTestId('handover-result');
    await result.waitFor();
    const number = (await result.getAttribute('data-number')) ?? '';

    // The focus is on the papers step; a stray scan (characters, then Enter) neither leaves it nor prints.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('papers-title');
    await scan(page, seed.laptopTag);
    await page.getByTestId('print-all').focus();
    await scan(page, 'RB-STRAY');
    expect(await result.isVisible()).toBe(true);
    // A deliberate print, once every print has finished: only it was issued, not the two the stray Enter would have.
    const tab = run.context.waitForEvent('page');
    await page.getByTestId('print-agreement').click();
    await (await tab).close();
    await page.getByText(/Document [A-Z]+-\d{4}-\d{6} établi/).waitFor();
    await expect.poll(() => page.getByTestId('papers-step').locator('.is-busy').count()).toBe(0);
    const created = (await mustCall(run, 'handovers.list', { limit: 5 })).find((entry) => entry.number === number);
    const issued = await mustCall(run, 'documents.list', { subjectType: 'handover', subjectId: created?.id ?? 0 });
    expect(issued.map((document) => document.kind)).toEqual(['agreement']);

    // The event records the warnings accepted.
    const [event] = await mustCall(run, 'events.forEntity', { entity: 'handover', entityId: created?.id ?? 0 });
    expect(event?.payload).toMatchObject({ warningsAcknowledged: true });
    expect(((event?.payload.warnings ?? []) as string[]).map((key) => key.split(':')[0])).toEqual([
      'recipient_has_open_loan',
      'sim_without_credit',
      'sim_without_number',
    ]);

    // Alt+N starts the next handover.
    await page.keyboard.press('Alt+n');
    await page.locator('#handover-beneficiary').waitFor();
  }, 90_000);
});
