import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BeneficiaryExport } from '../../shared/contract/lending-types';
import { addDays, localDay } from '../../shared/domain/lending';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';
import { iccid } from '../helpers/lending';
import {
  callAs,
  collapse,
  dayIn,
  goTo,
  lendToPupil,
  openFromNav,
  seedLendingAdmin,
  signedInAs,
  switchOperator,
  textOf,
  type LendingAdminSeed,
} from './helpers/lending-admin';

/**
 * The lending management screens in Chromium, on a data folder seeded through the API: partner and programme
 * created on screen, SIM cards scanned in, topped up, their codes shown to a coordinator only; an overdue loan in
 * the follow-up; a beneficiary's export, masked contacts and anonymisation keeping the programme's figures. What a
 * test works on is either its own (made on screen) or in the seed (seedLendingAdmin), never left by an earlier
 * test, so any one of them can run alone.
 */
let run: BrowserRun;
let seed: LendingAdminSeed;
const today = localDay(new Date());
const PARTNER = 'Collège Jean Moulin';
const PROGRAMME = 'Continuité numérique 2026';
const SIM_OK = iccid(1);
const SIM_WARNED = `${iccid(2).slice(0, -1)}${(Number(iccid(2).slice(-1)) + 1) % 10}`;
const rowText = async (selector: string) => collapse(await run.page.locator(selector).first().textContent());

beforeAll(async () => {
  seed = seedLendingAdmin(
    { partner: PARTNER, programme: PROGRAMME },
    { topUp: iccid(5), codes: iccid(6), loan: iccid(7) },
    today,
  );
  run = await openBrowserEdition({ dataDir: seed.dataDir });
  run.page.setDefaultTimeout(10_000);
  await run.page.getByRole('button', { name: /Sophie Coordination/ }).click();
  await run.page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
}, 60_000);

afterAll(async () => {
  await run?.close();
  if (seed) rmSync(seed.dataDir, { recursive: true, force: true });
});

describe('partners and programmes', () => {
  it('creates a school partner with its address and contact person', async () => {
    const { page } = run;
    const school = 'Lycée Jacques Brel';
    await signedInAs(page, 'Sophie Coordination');
    await openFromNav(page, 'Partenaires', 'Partenaires');
    await page.getByRole('button', { name: 'Nouveau partenaire' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau partenaire' });
    await dialog.getByLabel('Nom', { exact: true }).fill(school);
    await dialog.getByLabel('Type').selectOption({ label: 'Établissement scolaire' });
    await dialog.getByLabel(/^Adresse/).fill('4 rue du Collège, 69100 Villeurbanne');
    await dialog.getByLabel(/^Nom et fonction/).fill('Mme Ferrand (CPE)');
    await dialog.getByLabel(/^Téléphone/).fill('04 72 00 00 00');
    await dialog.getByRole('button', { name: 'Créer' }).click();
    await page.locator(`[data-partner="${school}"]`).waitFor();
    expect(await rowText(`[data-partner="${school}"]`)).toContain(
      'Établissement scolaireMme Ferrand (CPE)04 72 00 00 00',
    );
    expect((await callAs(run, 'partners.list', {})).find((partner) => partner.name === school)).toMatchObject({
      kind: 'school',
    });
    await run.screenshot('lending-partners');
  });

  it('creates a loan programme with targets, refusing a target that is not a number, and shows it at zero', async () => {
    const { page } = run;
    const name = 'Équipement des familles 2026';
    await signedInAs(page, 'Sophie Coordination');
    await openFromNav(page, 'Programmes', 'Programmes');
    await page.getByRole('button', { name: 'Nouveau programme' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau programme' });
    await dialog.getByLabel('Nom du programme').fill(name);
    await dialog.getByLabel(/^Financeur/).fill('Département du Rhône');
    await dialog.getByLabel('Début').fill('2024-01-01');
    await dialog.getByLabel(/^Durée du prêt/).fill('365');
    await dialog.getByLabel('Portable', { exact: true }).fill('10');
    await dialog.getByLabel('Cartes SIM').fill('abc');
    await run.screenshot('lending-programme-dialog');
    await dialog.getByRole('button', { name: 'Créer' }).click();
    expect(await dialog.getByRole('alert').textContent()).toContain(
      '« Cartes SIM » : indiquez un nombre entier supérieur à zéro.',
    );
    await dialog.getByLabel('Cartes SIM').fill('5');
    await dialog.getByRole('button', { name: 'Créer' }).click();
    await page.locator(`[data-programme="${name}"]`).waitFor();
    expect(await rowText(`[data-programme="${name}"]`)).toContain(
      'Prêt de 365 jours10 × Ordinateur portable · 5 × Cartes SIM',
    );
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect([
      await textOf(page, '[data-testid="progress-laptop"]'),
      await textOf(page, '[data-testid="progress-sim"]'),
    ]).toEqual(['0 sur 10', '0 sur 5']);
  });
});

describe('SIM cards', () => {
  it('registers a box scanned in: an invalid ICCID is refused with nothing created, a bad check digit only warns', async () => {
    const { page } = run;
    await signedInAs(page, 'Sophie Coordination');
    await openFromNav(page, 'Cartes SIM', 'Cartes SIM');
    await page.getByRole('button', { name: 'Réceptionner des cartes' }).click();
    await page.getByLabel('Opérateur mobile').fill('Orange');
    await page.getByLabel('Forfait', { exact: true }).fill('Mobicarte 20 Go');
    await page.getByLabel(/^Données \(Go\)/).fill('20');
    await page.getByLabel(/^Validité du forfait/).fill('30');
    const scanBox = page.getByRole('textbox', { name: 'ICCID' });
    const refusal = page.locator('.banner-error .banner-message');
    const scan = async (code: string) => {
      await scanBox.fill(code);
      await scanBox.press('Enter');
    };
    await scan(SIM_OK);
    await page.locator(`.sim-scanned [data-iccid="${SIM_OK}"]`).waitFor();
    await scan('8933012345');
    expect(await refusal.textContent()).toBe(
      'ICCID « 8933012345 » invalide : il commence par 89 et compte 19 ou 20 chiffres.',
    );
    expect(await scanBox.getAttribute('aria-invalid')).toBe('true');
    await scan(SIM_WARNED);
    expect(await page.locator(`.sim-scanned [data-iccid="${SIM_WARNED}"] .sim-warning`).textContent()).toContain(
      `La clé de contrôle de l’ICCID ${SIM_WARNED} ne correspond pas`,
    );
    await refusal.waitFor({ state: 'detached' });
    await scan(SIM_OK);
    expect(await refusal.textContent()).toBe(
      `L’ICCID ${SIM_OK} est déjà enregistré : carte refusée, rien n’a été créé.`,
    );
    expect(await textOf(page, '[data-testid="sim-intake-count"]')).toBe('2 cartes enregistrées');
    await run.screenshot('lending-sim-intake');

    const stored = (await callAs(run, 'sims.list', {})).filter(
      (sim) => sim.iccid === SIM_OK || sim.iccid === SIM_WARNED,
    );
    expect(stored.map((sim) => `${sim.iccid} ${sim.operator} ${sim.planValidityDays} ${sim.status}`).sort()).toEqual(
      [`${SIM_OK} Orange 30 in_stock`, `${SIM_WARNED} Orange 30 in_stock`].sort(),
    );
  });

  it('shows the expiry computed from the top-ups, and each top-up moves it', async () => {
    const { page } = run;
    await signedInAs(page, 'Sophie Coordination');
    await goTo(run, `sims/${seed.topUpSim}`);
    await expect.poll(() => textOf(page, '[data-testid="sim-expiry"] dd')).toBe('Pas encore rechargée');
    expect(
      await page
        .locator('.lending-actions button')
        .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-action'))),
    ).toEqual(['deactivate']);
    const form = page.locator('.top-up-form');
    await form.getByLabel('Montant (€)').fill('10,00');
    await form.getByLabel(/^Données ajoutées/).fill('20');
    await form.getByLabel(/^Payée par le programme/).selectOption({ label: PROGRAMME });
    await form.getByRole('button', { name: 'Enregistrer la recharge' }).click();
    await expect
      .poll(() => textOf(page, '[data-testid="sim-expiry"] dd'))
      .toBe(`${dayIn('fr', addDays(today, 30))} (dans 30 jours)`);
    await form.getByLabel('Montant (€)').fill('5,50');
    await form.getByLabel(/^Validité ajoutée/).fill('15');
    await form.getByRole('button', { name: 'Enregistrer la recharge' }).click();
    await expect
      .poll(() => textOf(page, '[data-testid="sim-expiry"] dd'))
      .toBe(`${dayIn('fr', addDays(today, 45))} (dans 45 jours)`);
    expect(await page.locator('[data-top-up]').count()).toBe(2);
    expect(await textOf(page, '.top-up-summary > .muted')).toBe('15,50 € en 2 recharges');
    expect(await page.locator('.top-up-ledger tbody tr', { hasText: PROGRAMME }).count()).toBe(1);
  });

  it('takes the number as E.164 and shows PIN and PUK to a coordinator, logging the view', async () => {
    const { page } = run;
    await signedInAs(page, 'Sophie Coordination');
    await goTo(run, `sims/${seed.codesSim}`);
    await page.getByRole('button', { name: 'Modifier' }).click();
    const dialog = page.getByRole('dialog', { name: `Modifier la carte ${seed.codesSim}` });
    await dialog.getByLabel(/^Numéro de téléphone/).fill('06 12 34 56 78');
    await dialog.getByLabel(/^Nouveau code PIN/).fill('4321');
    await dialog.getByLabel(/^Nouveau code PUK/).fill('87654321');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => textOf(page, '[data-testid="sim-number"] dd')).toBe('06 12 34 56 78');
    expect(await textOf(page, '[data-testid="sim-pin"] dd')).toBe('••••');
    await page.getByRole('button', { name: 'Afficher les codes' }).click();
    await expect.poll(() => textOf(page, '[data-testid="sim-pin"] dd')).toBe('4321');
    expect(await textOf(page, '[data-testid="sim-puk"] dd')).toBe('87654321');
    expect(await rowText('[data-event-type="sim.secrets_viewed"]')).toContain('Sophie Coordination');
    await run.screenshot('lending-sim-detail');
  });
});

describe('follow-up and the beneficiary', () => {
  it('lists a loan past its due date as overdue, under its partner and under its programme', async () => {
    const { page } = run;
    const handover = { number: seed.overdue };
    await signedInAs(page, 'Sophie Coordination');
    await goTo(run, 'dashboard');
    await openFromNav(page, 'Suivi des prêts', 'Suivi des prêts');
    await page.getByRole('button', { name: 'En retard' }).click();
    await page.getByLabel('Regrouper par').selectOption({ label: 'Partenaire' });
    await page.waitForURL(/view=overdue&group=partner/);
    const underPartner = `tbody[data-group="${seed.partner.id}"]`;
    await page.locator(`${underPartner} [data-handover="${handover.number}"]`).waitFor();
    expect(await rowText(`${underPartner} .group-row`)).toBe(`${PARTNER} 1 prêt 1 en retard`);
    expect(await rowText(`${underPartner} [data-handover="${handover.number}"]`)).toContain('EL-2026-014 — Léa Martin');
    expect(await textOf(page, `[data-handover="${handover.number}"] [data-column="daysOverdue"]`)).toBe(
      '10 jours de retard',
    );
    await run.screenshot('lending-follow-up');
    await page.getByLabel('Regrouper par').selectOption({ label: 'Programme' });
    await page.locator(`tbody[data-group="${seed.programme.id}"] [data-handover="${handover.number}"]`).waitFor();
    // The partner grouping stays on screen until the programme grouping has loaded, and both groups may share an id.
    await expect.poll(() => rowText(`tbody[data-group="${seed.programme.id}"] .group-row`)).toContain(PROGRAMME);
    await page.getByRole('button', { name: 'À rendre bientôt' }).click();
    await page.getByText('Aucun prêt dans cette vue.').waitFor();
  });

  it('filters the SIM cards by state: the one handed over is « Remise », the other still in stock', async () => {
    const { page } = run;
    await signedInAs(page, 'Sophie Coordination');
    await goTo(run, 'dashboard');
    await openFromNav(page, 'Cartes SIM', 'Cartes SIM');
    const rows = () =>
      page
        .locator('[data-iccid]')
        .evaluateAll((list) =>
          list.map((row) => `${row.getAttribute('data-iccid')} ${row.getAttribute('data-status')}`).sort(),
        );
    await expect.poll(rows).toEqual(expect.arrayContaining([`${seed.loanSim} allocated`, `${seed.codesSim} in_stock`]));
    await page.locator('.lending-toolbar').getByRole('button', { name: /^État/ }).click();
    await page.getByRole('checkbox', { name: 'En stock' }).check();
    await page.keyboard.press('Escape');
    await page.waitForURL(/#\/sims\?status=in_stock$/);
    await expect.poll(async () => (await rows()).some((row) => row.startsWith(seed.loanSim))).toBe(false);
    expect(await rows()).toContain(`${seed.codesSim} in_stock`);
    expect((await rows()).every((row) => row.endsWith(' in_stock'))).toBe(true);
    await run.screenshot('lending-sims-list');
  });

  it('finds the beneficiary, lists their handover and downloads everything held as JSON named after the reference', async () => {
    const { page } = run;
    await signedInAs(page, 'Sophie Coordination');
    await goTo(run, 'dashboard');
    await openFromNav(page, 'Bénéficiaires', 'Bénéficiaires');
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('mart');
    await page.locator('[data-reference="EL-2026-014"]').waitFor();
    await run.screenshot('lending-beneficiary-search');
    await page.locator('[data-reference="EL-2026-014"]').getByRole('link').click();
    expect(await textOf(page, '[data-testid="fact-phone"] dd')).toBe('06 98 76 54 32');
    await page.locator(`[data-handover="${seed.overdue}"]`).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter ses données' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('EL-2026-014.json');
    const exported = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as BeneficiaryExport;
    expect(exported.beneficiary).toMatchObject({
      lastName: 'Martin',
      guardianName: 'Nora Martin',
      contactPhone: '+33698765432',
    });
    expect(exported.handovers.map((handover) => handover.number)).toEqual([seed.overdue]);
    expect(exported.handovers[0]?.items.map((item) => item.label)).toContain(seed.loanSim);
    expect(exported.events.map((event) => event.type)).toEqual(['beneficiary.created', 'handover.created']);
    await page.locator('.toast', { hasText: 'Données exportées dans EL-2026-014.json.' }).waitFor();
    await run.screenshot('lending-beneficiary');

    await page.getByRole('button', { name: 'Anonymiser' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Anonymiser définitivement' }).click();
    expect(await page.getByRole('dialog').getByRole('alert').textContent()).toContain(
      'Impossible d’anonymiser : 1 remise en cours pour ce bénéficiaire.',
    );
    await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();
    expect(await textOf(page, '[data-testid="beneficiary-name"]')).toBe('Léa Martin');
  });

  it('records a person on screen and anonymises them on request, after a confirmation', async () => {
    const { page } = run;
    await signedInAs(page, 'Sophie Coordination');
    await goTo(run, 'beneficiaries');
    await page.getByRole('button', { name: 'Nouveau bénéficiaire' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau bénéficiaire' });
    await dialog.getByLabel('Partenaire', { exact: true }).selectOption({ label: PARTNER });
    await dialog.getByLabel('Référence').fill('EL-2026-020');
    await dialog.getByLabel(/^Prénom/).fill('Yanis');
    await dialog.getByLabel(/^Nom/).fill('Benali');
    await dialog.getByRole('button', { name: 'Créer' }).click();
    expect(collapse(await dialog.getByRole('alert').textContent())).toContain(
      'Le champ « Représentant légal » est à remplir.',
    );
    await dialog.getByLabel('Mineur (signe avec son représentant)').uncheck();
    await dialog.getByRole('button', { name: 'Créer' }).click();
    await expect.poll(() => textOf(page, '[data-testid="beneficiary-name"]')).toBe('Yanis Benali');
    await page.getByRole('button', { name: 'Anonymiser' }).click();
    const confirm = page.getByRole('dialog', { name: 'Anonymiser EL-2026-020' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Annuler');
    await confirm.getByRole('button', { name: 'Anonymiser définitivement' }).click();
    await expect.poll(() => textOf(page, '[data-testid="beneficiary-reference"]')).toMatch(/^ANON-\d+$/);
    expect(await textOf(page, '[data-testid="beneficiary-name"]')).toBe('Nom non renseigné');
  });
});

describe('what a technician sees', () => {
  it('masks contact details and never offers the PIN button or the coordination screens', async () => {
    const { page } = run;
    await signedInAs(page, 'Théo Technicien');
    const nav = page.getByRole('navigation');
    expect(await nav.getByRole('link', { name: 'Cartes SIM' }).isVisible()).toBe(true);
    for (const hidden of ['Suivi des prêts', 'Programmes', 'Partenaires'])
      expect(await nav.getByRole('link', { name: hidden }).count()).toBe(0);
    await goTo(run, `sims/${seed.codesSim}`);
    await page.getByText('Seuls les rôles coordination et administration peuvent afficher les codes.').waitFor();
    expect(await page.getByRole('button', { name: 'Afficher les codes' }).count()).toBe(0);
    expect(await textOf(page, '[data-testid="sim-pin"] dd')).toBe('••••');
    expect(await page.locator('.top-up-form').count()).toBe(0);
    await run.screenshot('lending-sim-technician');
    await goTo(run, `beneficiaries/${seed.pupilId}`);
    await page.getByTestId('beneficiary-reference').waitFor();
    expect(await textOf(page, '[data-testid="beneficiary-name"]')).toBe('Léa Martin');
    for (const fact of ['phone', 'address', 'email'])
      expect(await textOf(page, `[data-testid="fact-${fact}"] dd`)).toBe('masqué');
    expect(await page.getByRole('button', { name: 'Exporter ses données' }).count()).toBe(0);
    await run.screenshot('lending-beneficiary-masked');
  });
});

describe('anonymisation after the retention period', () => {
  it('removes the name of a person whose loan closed long ago and keeps the programme figures', async () => {
    const { page } = run;
    await signedInAs(page, 'Sophie Coordination');
    // Screens record today's loans only: a loan closed in 2024 is made through the API.
    const person = { firstName: 'Zéphyrin', lastName: 'Quillard' };
    const old = await lendToPupil(run, {
      partnerId: seed.partner.id,
      programmeId: seed.programme.id,
      reference: 'EL-2024-003',
      person,
      deviceIds: [seed.laptops[1] ?? 0],
      handedOn: '2024-01-10',
      dueOn: '2024-07-05',
    });
    await callAs(run, 'returns.create', {
      items: old.handover.items.map((item) => ({ itemId: item.id })),
      returnedOn: '2024-06-30',
    });
    const figures = async () => {
      await goTo(run, `programmes/${seed.programme.id}`);
      await page.getByTestId('progress-laptop').waitFor();
      return [
        await textOf(page, '[data-testid="progress-laptop"]'),
        await textOf(page, '[data-testid="progress-sim"]'),
        await textOf(page, '.progress-totals'),
      ];
    };
    const before = await figures();
    expect(before).toEqual(['2 sur 10', '1 sur 5', 'Remises2Prêts2Dons0Personnes équipées2Établissements équipés0']);

    await switchOperator(page, 'Alice Admin');
    await goTo(run, 'admin/privacy');
    const months = page.getByLabel('Anonymiser après (mois)');
    await expect.poll(() => months.inputValue()).toBe('24');
    await months.fill('12');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.locator('.toast', { hasText: 'Durée de conservation : 12 mois.' }).waitFor();
    await run.screenshot('lending-privacy');
    await page.getByRole('button', { name: 'Anonymiser ce qui est échu' }).click();
    const confirm = page.getByRole('dialog', { name: 'Anonymiser ce qui est échu' });
    expect(await confirm.textContent()).toContain('depuis plus de 12 mois');
    await confirm.getByRole('button', { name: 'Anonymiser maintenant' }).click();
    await page.locator('.toast', { hasText: '1 personne anonymisée.' }).waitFor();

    expect(await figures()).toEqual(before);
    await run.screenshot('lending-programme-progress');
    await goTo(run, 'beneficiaries');
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('Quillard');
    await page.getByText('Aucun bénéficiaire ne correspond à « Quillard ».').waitFor();
    await goTo(run, `beneficiaries/${old.person.id}`);
    await expect.poll(() => textOf(page, '[data-testid="beneficiary-reference"]')).toBe(`ANON-${old.person.id}`);
    expect(await page.locator('.lending-page').textContent()).not.toMatch(/Quillard|Zéphyrin|EL-2024-003/);
    await page.locator(`[data-handover="${old.handover.number}"]`).waitFor();
    await run.screenshot('lending-beneficiary-anonymised');
    expect((await callAs(run, 'beneficiaries.get', { id: seed.pupilId })).lastName).toBe('Martin');
  });
});

describe('backups', () => {
  it('shows the last verified backup and its folder in Administration, and backs up on request', async () => {
    const { page } = run;
    await switchOperator(page, 'Alice Admin');
    await goTo(run, 'admin/backups');
    const last = page.getByTestId('backups-last');
    await expect.poll(() => textOf(page, '[data-testid="backups-last"]')).toContain(`${seed.dataDir}/backups`);
    expect(await last.textContent()).not.toContain('Aucune sauvegarde vérifiée');
    await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    await page.locator('.toast', { hasText: 'Sauvegarde vérifiée : rebond-' }).waitFor();
    await page.locator('.backups-table tbody tr', { hasText: 'à la demande' }).first().waitFor();
    await run.screenshot('admin-backups');
  });
});

describe('in English', () => {
  it('translates the follow-up screen, its dates and its counts', async () => {
    const { page } = run;
    await signedInAs(page, 'Sophie Coordination');
    await goTo(run, 'follow-up?view=overdue&group=programme');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Loan follow-up' }).waitFor();
    expect(await textOf(page, '.page-subtitle')).toBe(`As of ${dayIn('en', today)}`);
    expect(await textOf(page, `[data-handover="${seed.overdue}"] [data-column="daysOverdue"]`)).toBe('10 days late');
    expect(await textOf(page, `tbody[data-group="${seed.programme.id}"] .group-row`)).toBe(
      `${PROGRAMME} 1 loan 1 overdue`,
    );
    expect(await page.getByRole('button', { name: 'Overdue' }).getAttribute('aria-pressed')).toBe('true');
    await run.screenshot('lending-follow-up-en');
  });
});
