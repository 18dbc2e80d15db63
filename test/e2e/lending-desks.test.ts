import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../shared/domain/lending';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';
import {
  beeps,
  focusedTextSelected,
  HIGH_TONE as HIGH,
  LOW_TONE as LOW,
  mustCall,
  openDesk,
  recordBeeps,
  scan,
} from './helpers/desks';
import {
  chooseOperator,
  navRoutes,
  seedLendingDesks,
  type LendingDeskSeed,
  type LentSeed,
} from './helpers/lending-desks';

/**
 * The handover and returns desks end to end, in Chromium at 1366×768, with keyboard and scanner wherever the
 * counter would: a bundle lent to a minor created on the spot, a set of tablets for an institution, refusals
 * before confirmation, returns (full and partial), the English switch and who sees which desk. Each test opens its
 * desk itself and finds what it needs in the seed (loans already out included), so any one of them can run alone.
 */
let run: BrowserRun;
let dataDir: string;
let seed: LendingDeskSeed & { lent: LentSeed };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rebond-e2e-lending-'));
  seed = seedLendingDesks(dataDir, { lent: true });
  run = await openBrowserEdition({ dataDir, viewport: { width: 1366, height: 768 } });
  await recordBeeps(run.context);
  await run.page.reload();
  run.page.setDefaultTimeout(10_000);
  await chooseOperator(run.page, seed.coordinator);
}, 90_000);

afterAll(async () => {
  await run?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const handoverByNumber = async (number: string) => {
  const list = await mustCall(run, 'handovers.list', { limit: 50 });
  const summary = list.find((handover) => handover.number === number);
  if (!summary) throw new Error(`no handover ${number}`);
  return mustCall(run, 'handovers.get', { id: summary.id });
};
const simStatus = async (iccid: string) => (await mustCall(run, 'sims.get', { iccid })).status;
const deviceStatus = async (assetTag: string) => (await mustCall(run, 'devices.get', { assetTag })).status;
/** Text with the catalogue's narrow and non-breaking spaces read as plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const alertText = async () => plain(await run.page.getByRole('alert').first().textContent());

/**
 * Opens a desk afresh from the navigation (from the dashboard, so that a desk left mid-way starts over) as the
 * coordinator, who may not be the one signed in when a test starts.
 */
async function openAsCoordinator(label: string, heading: string): Promise<void> {
  const { page } = run;
  await page.goto(`${run.server.url.replace(/#.*/, '')}#/dashboard`);
  await page.locator('.shell-nav').waitFor();
  if ((await page.locator('.topbar-operator-name').textContent()) !== seed.coordinator) {
    await page.getByRole('button', { name: 'Changer d’opérateur' }).click();
    await chooseOperator(page, seed.coordinator);
  }
  await openDesk(page, label, heading);
}

describe('handover desk', () => {
  it('lends a laptop, a SIM card and a charger to a minor created at the counter with a legal guardian', async () => {
    const { page } = run;
    await openAsCoordinator('Remise', 'Comptoir de remise');
    expect(await navRoutes(page)).toEqual(expect.arrayContaining(['handover', 'returns']));
    expect(await focusedTextSelected(page)).toMatchObject({ id: 'handover-beneficiary' });

    // Unknown reference: nothing found, the focus lands on « Créer le bénéficiaire … », Enter opens the dialog.
    await scan(page, 'ELV-2026-042');
    await page.getByText('Aucun bénéficiaire ne correspond à « ELV-2026-042 ».').waitFor();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Nouveau bénéficiaire' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Référence').inputValue()).toBe('ELV-2026-042');
    await dialog.getByLabel('Partenaire prescripteur').selectOption({ label: 'Collège Jean Moulin' });
    await dialog.getByLabel('Mineur').check();
    await dialog.getByLabel(/Prénom/).fill('Léa');
    await dialog.getByLabel(/^Nom/).fill('Martin');
    await dialog.getByLabel(/Date du consentement/).fill('2026-11-02');
    // A minor without the person who signs with them is refused before anything is sent.
    await dialog.getByLabel(/Prénom/).press('Enter');
    expect(plain(await dialog.getByRole('alert').textContent())).toContain(
      'Le champ « Représentant légal » est à remplir.',
    );
    await dialog.getByLabel('Représentant légal').fill('Nora Martin');
    await run.screenshot('lending-handover-quick-create');
    await dialog.getByLabel('Représentant légal').press('Enter');
    await dialog.waitFor({ state: 'detached' });

    const card = page.getByTestId('handover-recipient');
    expect(await card.textContent()).toContain('Représentant légal : Nora Martin');
    // The only programme running today is preselected, with its loan terms: due in 300 days.
    expect(await page.locator('#handover-programme option:checked').textContent()).toContain(
      'Continuité pédagogique 2026',
    );
    expect(await page.getByLabel('Date de retour prévue').inputValue()).toBe(addDays(localDay(new Date()), 300));
    expect(await focusedTextSelected(page)).toMatchObject({ id: 'handover-scan' });

    await scan(page, seed.laptopSerial);
    await page.locator(`[data-testid=handover-basket] tr[data-item="${seed.laptopTag}"]`).waitFor();
    await scan(page, seed.simInStock);
    await page.locator(`[data-testid=handover-basket] tr[data-item="${seed.simInStock}"]`).waitFor();
    // Main's warnings show at once, before the confirmation: the card has no credit and no number.
    const warnings = page.getByTestId('handover-basket-warnings');
    await warnings.filter({ hasText: 'pas de crédit en cours' }).waitFor();
    expect(await warnings.textContent()).toContain('pas de numéro de téléphone');
    await page.getByRole('button', { name: '+ Chargeur' }).click();
    expect(await page.getByTestId('handover-count').textContent()).toBe('2');
    expect((await beeps(page)).filter((tone) => tone > HIGH)).toHaveLength(2);
    await run.screenshot('lending-handover-bundle');

    // Accepted knowingly: Ctrl+Enter alone is refused and moves to the box, Alt+W ticks it.
    await page.keyboard.press('Control+Enter');
    expect(await alertText()).toContain('cochez « J’ai pris connaissance »');
    expect(await focusedTextSelected(page)).toMatchObject({ id: 'handover-acknowledge' });
    await page.keyboard.press('Alt+w');
    expect(await page.getByTestId('handover-acknowledge').isChecked()).toBe(true);
    await page.keyboard.press('Control+Enter');
    const result = page.getByTestId('handover-result');
    await result.waitFor();
    const number = (await result.getAttribute('data-number')) ?? '';
    expect(number).toMatch(/^RM-\d{4}-\d{4}$/);
    expect([seed.lent.bundle.number, seed.lent.set.number]).not.toContain(number);
    expect(await page.getByTestId('handover-done').textContent()).toContain('2 éléments remis à ELV-2026-042');
    await run.screenshot('lending-handover-done');

    const handover = await handoverByNumber(number);
    expect(handover).toMatchObject({ kind: 'loan', recipientType: 'beneficiary', itemCount: 2, openItems: 2 });
    expect(handover.dueOn).toBe(addDays(handover.handedOn, 300));
    expect(handover.terms.accessories).toEqual(['Chargeur']);
    expect(handover.terms.recipient).toMatchObject({
      reference: 'ELV-2026-042',
      minor: true,
      guardianName: 'Nora Martin',
      guardianRole: 'guardian',
    });
    expect(handover.terms.items.map((item) => (item.type === 'device' ? item.assetTag : item.iccid))).toEqual([
      seed.laptopTag,
      seed.simInStock,
    ]);
    const [person] = await mustCall(run, 'beneficiaries.search', { query: 'ELV-2026-042' });
    expect(person).toMatchObject({
      category: 'pupil',
      minor: true,
      partnerName: 'Collège Jean Moulin',
      consentOn: '2026-11-02',
      firstName: 'Léa',
    });
    expect(await deviceStatus(seed.laptopTag)).toBe('allocated');
    expect(await simStatus(seed.simInStock)).toBe('allocated');
  }, 90_000);

  it('refuses an invalid ICCID, a SIM card already lent and a device already lent, before confirmation', async () => {
    const { page } = run;
    await openAsCoordinator('Remise', 'Comptoir de remise');
    await page.locator('#handover-beneficiary').waitFor();
    await page.keyboard.press('Alt+s');
    const before = await mustCall(run, 'sims.list', {});
    const handoversBefore = (await mustCall(run, 'handovers.list', {})).length;

    await scan(page, '8933012345678');
    await page.getByRole('alert').waitFor();
    expect(await alertText()).toContain('ICCID « 8933012345678 » invalide');
    expect(await focusedTextSelected(page)).toEqual({ id: 'handover-scan', value: '8933012345678', selected: true });
    expect((await beeps(page)).at(-1)).toBeLessThan(LOW);

    await scan(page, seed.simAllocated);
    await page.getByRole('alert').filter({ hasText: 'déjà remise' }).waitFor();
    expect(await alertText()).toMatch(
      new RegExp(`La carte SIM ${seed.simAllocated} est déjà remise \\(remise RM-\\d{4}-0001 du `),
    );
    expect((await beeps(page)).at(-1)).toBeLessThan(LOW);
    await run.screenshot('lending-handover-refused');

    const lentLaptop = seed.lent.bundle.laptopTag;
    await scan(page, lentLaptop);
    await page.getByRole('alert').filter({ hasText: lentLaptop }).waitFor();
    expect(await alertText()).toContain(`L’appareil ${lentLaptop} est déjà remis (remise ${seed.lent.bundle.number}`);

    expect(await page.getByTestId('handover-count').textContent()).toBe('0');
    expect(await mustCall(run, 'sims.list', {})).toEqual(before);
    expect((await mustCall(run, 'handovers.list', {})).length).toBe(handoversBefore);
  }, 60_000);

  it('hands a set of five tablets to a partner institution', async () => {
    const { page } = run;
    await openAsCoordinator('Remise', 'Comptoir de remise');
    await page.locator('#handover-beneficiary').waitFor();
    await page.keyboard.press('Alt+i');
    expect(await focusedTextSelected(page)).toMatchObject({ id: 'handover-institution' });
    await page.keyboard.type('Tilleuls');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('handover-recipient').textContent()).toContain(seed.institution);
    expect(await focusedTextSelected(page)).toMatchObject({ id: 'handover-scan' });
    for (const [index, serial] of seed.tabletSerials.entries()) {
      await scan(page, serial);
      await expect.poll(() => page.getByTestId('handover-count').textContent()).toBe(String(index + 1));
    }
    expect(await page.locator('.handover-basket-head').textContent()).toContain('Tablette × 5');
    for (let index = 0; index < 5; index++) await page.getByRole('button', { name: '+ Chargeur' }).click();
    expect(await page.getByTestId('handover-accessories').textContent()).toContain('Chargeur × 5');
    await run.screenshot('lending-handover-institution');

    // The loan runs past the programme's end: said before confirming, accepted with the box.
    expect(await page.getByTestId('handover-basket-warnings').textContent()).toContain('est après la fin du programme');
    await page.getByTestId('handover-acknowledge').check();
    await page.getByTestId('handover-confirm').click();
    await page.getByTestId('handover-result').waitFor();
    const handover = await handoverByNumber(
      (await page.getByTestId('handover-result').getAttribute('data-number')) ?? '',
    );
    expect(handover).toMatchObject({
      recipientType: 'partner',
      recipientLabel: seed.institution,
      itemCount: 5,
      openItems: 5,
    });
    expect(handover.terms.recipient).toMatchObject({ type: 'partner', name: seed.institution });
    expect(handover.terms.accessories).toHaveLength(5);
    for (const tag of seed.tabletTags) expect(await deviceStatus(tag)).toBe('allocated');
    await run.screenshot('lending-handover-institution-done');
  }, 90_000);
});

describe('returns desk', () => {
  it('takes the bundle back: the laptop goes to erasure, the SIM card back to stock, the missing charger noted', async () => {
    const { page } = run;
    const { number, laptopTag, iccid, reference } = seed.lent.bundle;
    await openAsCoordinator('Retours', 'Retours');
    expect(await focusedTextSelected(page)).toMatchObject({ id: 'returns-scan' });
    await scan(page, laptopTag);
    const card = page.getByTestId('returns-handover');
    await card.waitFor();
    expect(await card.getAttribute('data-number')).toBe(number);
    expect(await card.textContent()).toContain(reference);
    await scan(page, iccid);
    const items = page.getByTestId('returns-items');
    await expect.poll(() => items.getByRole('checkbox', { checked: true }).count()).toBe(2);
    expect(await items.locator(`tr[data-item="${laptopTag}"]`).textContent()).toContain('Repart à l’effacement');
    await items.locator(`tr[data-item="${laptopTag}"]`).getByLabel('État au retour').fill('Rayure sur le capot');
    await page.getByTestId('returns-missing').getByLabel('Chargeur').check();
    await run.screenshot('lending-returns-bundle');

    await page.keyboard.press('Control+Enter');
    const done = page.getByTestId('returns-done');
    await done.waitFor();
    const text = (await done.textContent()) ?? '';
    expect(text).toContain(`${laptopTag} repart à l’effacement`);
    expect(text).toContain(`${iccid} est remise en stock`);
    expect(text).toContain('la remise est close');
    await run.screenshot('lending-returns-done');

    expect(await deviceStatus(laptopTag)).toBe('awaiting_erasure');
    expect(await simStatus(iccid)).toBe('in_stock');
    const handover = await handoverByNumber(number);
    expect(handover.closedOn).not.toBeNull();
    expect(handover.returns[0]).toMatchObject({ missingAccessories: ['Chargeur'] });
    expect(handover.items.find((item) => item.label === laptopTag)?.returned?.condition).toBe('Rayure sur le capot');
  }, 60_000);

  it('records a partial return of the set and refuses an item of another handover in the same return', async () => {
    const { page } = run;
    const { number, tabletTags, tabletSerials } = seed.lent.set;
    await openAsCoordinator('Retours', 'Retours');
    await scan(page, tabletTags[0] ?? '');
    await page.getByTestId('returns-handover').waitFor();
    await scan(page, tabletSerials[1] ?? '');
    await expect.poll(() => page.getByTestId('returns-items').getByRole('checkbox', { checked: true }).count()).toBe(2);
    await scan(page, seed.simAllocated);
    await page.getByRole('alert').waitFor();
    expect(await alertText()).toMatch(new RegExp(`appartient à la remise RM-\\d{4}-0001, pas à ${number}`));
    await page.keyboard.press('Escape');
    await page.getByTestId('returns-confirm').click();
    await page.getByTestId('returns-done').waitFor();
    expect(await page.getByTestId('returns-done').textContent()).toContain('3 éléments de cette remise encore dehors');
    const handover = await handoverByNumber(number);
    expect(handover).toMatchObject({ openItems: 3, closedOn: null });
    expect(await deviceStatus(tabletTags[0] ?? '')).toBe('awaiting_erasure');
    expect(await deviceStatus(tabletTags[2] ?? '')).toBe('allocated');
  }, 60_000);

  it('speaks English after the switch, main’s refusals included', async () => {
    const { page } = run;
    await openAsCoordinator('Retours', 'Retours');
    await page.locator('.lang-switch').getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { name: 'Returns' }).waitFor();
    expect(await page.locator('label[for=returns-scan]').textContent()).toBe(
      'Item handed back (asset tag, serial, IMEI, ICCID or phone number)',
    );
    await page.locator('#returns-scan').focus();
    await scan(page, 'NOPE-404');
    await page.getByRole('alert').waitFor();
    expect(await alertText()).toContain('No open loan or donation for "NOPE-404".');
    await run.screenshot('lending-returns-en');
    await openDesk(page, 'Handover', 'Handover desk');
    expect(await page.locator('label[for=handover-beneficiary]').textContent()).toBe('Beneficiary (reference or name)');
    await page.locator('.lang-switch').getByRole('button', { name: 'FR' }).click();
    await page.getByRole('heading', { name: 'Comptoir de remise' }).waitFor();
  }, 60_000);

  it('offers a technician the returns desk but not the handover desk', async () => {
    const { page } = run;
    await page.getByRole('button', { name: 'Changer d’opérateur' }).click();
    await chooseOperator(page, seed.technician);
    const routes = await navRoutes(page);
    expect(routes).toContain('returns');
    expect(routes).not.toContain('handover');
  }, 30_000);
});
