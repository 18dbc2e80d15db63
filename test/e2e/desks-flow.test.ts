import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { openBrowserEdition, type BrowserRun } from '../helpers/browser';
import {
  beeps,
  deviceByTag as readDevice,
  focusedTextSelected,
  HIGH_TONE as HIGH,
  LOW_TONE as LOW,
} from './helpers/desks';
import { mustCall, openDesk, scan, setUpThroughUi, signInThroughUi, typeMakeAndModel } from './helpers/desks';
import { openDesksAt, TABLET_IMEI, type DeviceKey, type DesksRun, type DesksStage } from './helpers/desks-flow';

/**
 * The warehouse desks end to end, in Chromium at 1366×768, with keyboard and scanner alone wherever a technician
 * would: intake of three laptops and a tablet, erasure, verification by a second person, the workshop, recycling.
 * The story runs through the four devices, but each test opens its own browser edition on a workshop seeded through
 * the API at the stage the story has reached (helpers/desks-flow.ts), so any one of them can run alone.
 */
let run: BrowserRun;
let tags: Record<DeviceKey, string>;
let desks: DesksRun | undefined;
const THEO = { name: 'Théo Technicien', pin: '2468' };
const DORA = { name: 'Dora Sécurité', pin: '1357' };

async function at(stage: DesksStage, operator: { name: string; pin: string }): Promise<void> {
  desks = await openDesksAt(stage, operator);
  ({ run, tags } = desks);
}
afterEach(async () => {
  await desks?.close();
  desks = undefined;
});

const deviceByTag = (assetTag: string) => readDevice(run, assetTag);

describe('warehouse desks, keyboard and scanner only', () => {
  it('sets up the workshop: first administrator through the setup screen, then a technician and an officer', async () => {
    const empty = await openBrowserEdition({ viewport: { width: 1366, height: 768 } });
    try {
      const { page } = empty;
      page.setDefaultTimeout(10_000);
      await setUpThroughUi(page, 'Atelier de Vénissieux', 'Alice Admin', '9999');
      await mustCall(empty, 'operators.create', { name: 'Théo Technicien', roles: ['technician'], pin: '2468' });
      await mustCall(empty, 'operators.create', {
        name: 'Dora Sécurité',
        roles: ['data_security_officer'],
        pin: '1357',
      });
      await page.reload();
      await signInThroughUi(page, 'Théo Technicien', '2468');
    } finally {
      await empty.close();
    }
  }, 60_000);

  it('opens a batch and scans three laptops and a tablet; a duplicate and a bad IMEI are refused with nothing created', async () => {
    await at({}, THEO);
    const { page } = run;
    await openDesk(page, 'Réception', 'Réception');
    await page.getByLabel('Donateur', { exact: true }).selectOption({ label: '+ Nouveau donateur…' });
    await page.getByLabel('Nom du nouveau donateur').fill('Fondation Éclair');
    await page.getByLabel(/Nombre attendu/).fill('5');
    await page.getByLabel(/Nombre attendu/).press('Enter');
    await page.getByRole('heading', { name: /Lot L\d{4}-0001/ }).waitFor();
    expect(await focusedTextSelected(page)).toMatchObject({ id: 'intake-serial' });

    // The template: make and model with their shortcuts, Enter goes back to the scan field.
    await typeMakeAndModel(page, 'Dell', 'Latitude 7490');
    await page.getByLabel('Capacité (Go)').fill('256');
    await page.keyboard.press('Enter');
    expect(await focusedTextSelected(page)).toMatchObject({ id: 'intake-serial' });

    for (const [key, serial] of [
      ['L1', 'SN-L1-7490'],
      ['L2', 'SN-L2-7490'],
      ['L3', 'SN-L3-7490'],
    ] as const) {
      await scan(page, serial);
      await page.locator('[data-testid=intake-session] tbody tr', { hasText: serial }).waitFor();
      tags[key] = (await page.getByTestId('intake-last-tag').textContent()) ?? '';
      expect(await focusedTextSelected(page)).toMatchObject({ id: 'intake-serial', value: '' });
    }
    expect(tags.L1).toMatch(/^[A-Z0-9-]+\d{4,}$/);
    expect(await page.getByTestId('intake-progress').textContent()).toContain('3 reçus sur 5 attendus');
    const afterLaptops = await beeps(page);
    expect(afterLaptops.filter((frequency) => frequency > HIGH)).toHaveLength(3);

    // A duplicate serial: red banner with main's message, low beep, nothing created, the code selected for the next scan.
    await scan(page, 'SN-L2-7490');
    const banner = page.getByRole('alert');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(`déjà en stock sous l’étiquette ${tags.L2}`);
    expect(await page.locator('#intake-serial').getAttribute('aria-invalid')).toBe('true');
    expect(await focusedTextSelected(page)).toEqual({ id: 'intake-serial', value: 'SN-L2-7490', selected: true });
    expect((await beeps(page)).at(-1)).toBeLessThan(LOW);
    await run.screenshot('desk-intake-error');
    expect((await mustCall(run, 'inventory.count', {})).total).toBe(3);

    // Junk scans: refused at the desk with the rule's words and the low beep, nothing created, the text selected.
    for (const [junk, message] of [
      ['#@!*%$', 'contient des caractères non admis (# @ ! * % $)'],
      ['x', 'Numéro de série trop court : 1 caractère, il en faut au moins 4'],
      ['https://example.org/p/5CQ6VY1', 'Ceci ressemble à une adresse web'],
    ] as const) {
      const beepsBefore = (await beeps(page)).length;
      await scan(page, junk);
      await page.getByRole('alert').filter({ hasText: message }).waitFor();
      expect(await focusedTextSelected(page)).toEqual({ id: 'intake-serial', value: junk, selected: true });
      const heard = await beeps(page);
      expect(heard.length).toBe(beepsBefore + 1);
      expect(heard.at(-1)).toBeLessThan(LOW);
    }
    expect((await mustCall(run, 'inventory.count', {})).total).toBe(3);

    // The tablet: Alt+3, its make and model, then a malformed IMEI refused on the IMEI field.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+3');
    await typeMakeAndModel(page, 'Samsung', 'Galaxy Tab A8');
    await page.keyboard.press('Alt+i');
    await scan(page, '12345');
    expect(await focusedTextSelected(page)).toMatchObject({ id: 'intake-serial' });
    await scan(page, 'SN-T1-A8');
    await page.getByRole('alert').filter({ hasText: 'IMEI « 12345 » invalide' }).waitFor();
    const imei = page.getByLabel('IMEI');
    expect(await imei.getAttribute('aria-invalid')).toBe('true');
    expect((await focusedTextSelected(page)).selected).toBe(true);
    expect((await mustCall(run, 'inventory.count', {})).total).toBe(3);

    // The right length with a wrong check digit: registered, with a visible warning.
    await scan(page, '490154203237519');
    await page.getByTestId('intake-warning').waitFor();
    expect(await page.getByTestId('intake-warning').textContent()).toContain(
      'clé de contrôle de l’IMEI 490154203237519',
    );
    tags.T1 = (await page.getByTestId('intake-last-tag').textContent()) ?? '';
    expect(await page.getByTestId('intake-progress').textContent()).toContain('4 reçus sur 5 attendus');
    await run.screenshot('desk-intake');

    const laptop = await deviceByTag(tags.L1);
    expect(laptop).toMatchObject({
      kind: 'laptop',
      make: 'Dell',
      model: 'Latitude 7490',
      serial: 'SN-L1-7490',
      status: 'received',
    });
    expect(laptop.drives).toEqual([expect.objectContaining({ type: 'ssd', capacityGb: 256, erasure: 'none' })]);
    const tablet = await deviceByTag(tags.T1);
    expect(tablet).toMatchObject({ kind: 'tablet', make: 'Samsung', imeis: ['490154203237519'], drives: [] });
  }, 90_000);

  it('records the erasures as the technician: presets, evidence hash, a failure that quarantines, the reset checklist', async () => {
    await at({ devices: true }, THEO);
    const { page } = run;
    await openDesk(page, 'Effacement', 'Effacement des données');

    // L1: one random pass with verification, the nwipe report pasted and its file fingerprinted in the browser.
    await scan(page, tags.L1);
    await page.getByTestId('erasure-form').waitFor();
    await page.keyboard.press('Alt+1');
    expect(await page.getByLabel('Outil', { exact: true }).inputValue()).toBe('nwipe');
    await page.getByLabel(/Version de l’outil/).fill('0.37');
    await page
      .getByLabel(/Rapport de l’outil/)
      .fill('nwipe 0.37 — Disk SN-L1-7490: PRNG pass 1/1, verification: full — Erased');
    const report = Buffer.from('nwipe report for SN-L1-7490\nStatus: ERASED\n');
    const digest = createHash('sha256').update(report).digest('hex');
    await page
      .getByLabel(/Fichier de preuve/)
      .setInputFiles({ name: 'nwipe-SN-L1-7490.txt', mimeType: 'text/plain', buffer: report });
    await page.getByText(`SHA-256 ${digest}`).waitFor();
    // What the certificate prints besides: the backup and where it is, the classification after (pre-filled).
    await page.getByLabel('Données sauvegardées avant l’effacement').selectOption({ label: 'Oui' });
    await page.getByLabel('Où se trouve la sauvegarde').fill('Clé USB remise au donateur');
    expect(await page.getByLabel(/Classification après assainissement/).inputValue()).toBe(
      'Non classifié (aucune donnée)',
    );
    await page.getByLabel(/Version de l’outil/).press('Enter');
    await page.getByTestId('erasure-recorded').waitFor();
    expect(await page.getByTestId('erasure-media').textContent()).toContain('En attente de vérification');
    const l1 = await deviceByTag(tags.L1);
    expect(l1.status).toBe('awaiting_erasure');
    expect(l1.erasures[0]).toMatchObject({
      technique: 'overwrite',
      level: 'clear',
      passes: 1,
      verification: 'full',
      tool: 'nwipe',
      evidenceSha256: digest,
      backup: 'yes',
      backupLocation: 'Clé USB remise au donateur',
      classificationAfter: 'Non classifié (aucune donnée)',
    });
    expect(await focusedTextSelected(page)).toMatchObject({ id: 'erasure-scan' });

    // L2: the SSD's own preset (ATA Secure Erase) and Enter.
    await scan(page, tags.L2);
    await page.getByTestId('erasure-form').waitFor();
    expect(await page.getByLabel('Outil', { exact: true }).inputValue()).toBe('hdparm');
    await page.getByLabel('Outil', { exact: true }).press('Enter');
    await page.getByTestId('erasure-recorded').waitFor();

    // L3: the erasure fails, the device goes to quarantine and the desk says so in red.
    await scan(page, 'SN-L3-7490');
    await page.getByTestId('erasure-form').waitFor();
    await page.getByTestId('erasure-result').getByText('Échec').click();
    await page.getByLabel('Outil', { exact: true }).press('Enter');
    await page.getByTestId('erasure-quarantine').waitFor();
    expect(await page.getByTestId('erasure-quarantine').textContent()).toContain(
      `En quarantaine : l’effacement de ${tags.L3} a échoué.`,
    );
    expect((await deviceByTag(tags.L3)).status).toBe('quarantined');
    await run.screenshot('desk-erasure-quarantine');

    // T1: the whole tablet, factory reset; an incomplete checklist is refused with the missing item named.
    await scan(page, '490154203237519');
    await page.getByTestId('erasure-checklist').waitFor();
    await page.getByLabel('Outil', { exact: true }).fill('Android Recovery');
    const checks = page.getByTestId('erasure-checklist').getByRole('checkbox');
    expect(await checks.count()).toBe(6);
    for (let index = 0; index < 5; index++) await checks.nth(index).check();
    await page.getByLabel('Outil', { exact: true }).press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Liste de contrôle incomplète' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Liste de contrôle incomplète' }).textContent()).toContain(
      'Réinitialisation d’usine terminée',
    );
    await run.screenshot('desk-erasure-error');
    await checks.nth(5).check();
    await page.getByLabel('Outil', { exact: true }).press('Enter');
    await page.getByTestId('erasure-recorded').waitFor();
    const t1 = await deviceByTag(tags.T1);
    expect(t1.facts.wholeDevice).toBe('pending_verification');
    expect(t1.erasures.at(-1)).toMatchObject({
      technique: 'factory_reset',
      checklist: expect.arrayContaining(['mdm_removed', 'accounts_removed']),
    });
    await run.screenshot('desk-erasure');
  }, 90_000);

  it('has the erasures verified by the data-security officer at the same workstation, then hands it back', async () => {
    await at({ devices: true, recorded: true, l3: 'failed' }, THEO);
    const { page } = run;
    await openDesk(page, 'Effacement', 'Effacement des données');
    // The device on the desk has its erasures ticked for verification.
    await scan(page, TABLET_IMEI);
    const panel = page.getByTestId('erasure-verification');
    await expect.poll(() => panel.getByLabel(`Cocher l’effacement de ${tags.T1}`).isChecked()).toBe(true);
    await panel.getByLabel(`Cocher l’effacement de ${tags.L1}`).check();
    await panel.getByLabel(`Cocher l’effacement de ${tags.L2}`).check();
    await panel.getByRole('button', { name: 'Vérifier en tant que…' }).click();
    const dialog = page.getByRole('dialog', { name: /Vérifier 3 effacements en tant que/ });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Responsable sécurité des données').inputValue()).not.toBe('');
    await dialog.getByLabel('Code PIN').fill('1357');
    await dialog.getByLabel(/Remarque de vérification/).fill('Relecture par échantillon : zéros');
    await run.screenshot('desk-erasure-verify-as');
    await dialog.getByLabel('Code PIN').press('Enter');
    await page.getByTestId('verification-done').waitFor();
    expect(await page.getByTestId('verification-done').textContent()).toContain(
      '3 effacements vérifiés par Dora Sécurité',
    );
    expect(await page.locator('.topbar-operator-name').textContent()).toBe('Dora Sécurité');
    for (const key of ['L1', 'L2', 'T1'] as const) expect((await deviceByTag(tags[key])).status).toBe('erased');
    expect((await deviceByTag(tags.T1)).erasures.at(-1)).toMatchObject({
      verifiedBy: { name: 'Dora Sécurité' },
      verificationNotes: 'Relecture par échantillon : zéros',
    });

    const handBack = page.getByTestId('erasure-hand-back');
    await handBack.getByLabel('Code PIN de Théo Technicien').fill('2468');
    await handBack.getByRole('button', { name: 'Rendre le poste à Théo Technicien' }).click();
    await page.locator('.topbar-operator-name', { hasText: 'Théo Technicien' }).waitFor();
  }, 60_000);

  it('refuses an officer verifying her own erasure, with main’s reason on screen', async () => {
    await at({ devices: true, l3: 'failed' }, DORA);
    const { page } = run;
    await openDesk(page, 'Effacement', 'Effacement des données');
    await scan(page, tags.L3);
    await page.getByTestId('erasure-form').waitFor();
    await page.getByLabel('Outil', { exact: true }).press('Enter');
    await page.getByTestId('erasure-recorded').waitFor();
    expect((await deviceByTag(tags.L3)).status).toBe('awaiting_erasure');

    const panel = page.getByTestId('erasure-verification');
    expect(await panel.getByLabel(`Cocher l’effacement de ${tags.L3}`).isChecked()).toBe(true);
    await panel.getByRole('button', { name: /Vérifier la sélection \(1\)/ }).click();
    const refusal = panel.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(
      'La vérification doit être faite par une autre personne que celle qui a effacé.',
    );
    expect((await beeps(page)).at(-1)).toBeLessThan(LOW);
    await run.screenshot('desk-erasure-refused');
    const l3 = await deviceByTag(tags.L3);
    expect(l3.erasures.at(-1)).toMatchObject({ result: 'success', verifiedBy: null });
    expect(l3.facts.drives).toEqual(['pending_verification']);
  }, 60_000);

  it('will not make ready a device whose erasure is not verified, and says why', async () => {
    await at({ devices: true, l3: 'retried' }, DORA);
    const { page } = run;
    await openDesk(page, 'Atelier', 'Atelier de reconditionnement');
    await scan(page, tags.L3);
    const readiness = page.getByTestId('workshop-readiness');
    await readiness.waitFor();
    expect(await readiness.getAttribute('data-ready')).toBe('false');
    const why = (await readiness.textContent()) ?? '';
    expect(why).toContain('doit d’abord être effacé et vérifié');
    expect(why).toContain('En attente de vérification');
    expect(why).toContain('Contrôle qualité non validé');

    const qc = page.getByTestId('workshop-qc');
    await qc.getByRole('button', { name: /Enregistrer le contrôle/ }).click();
    await qc.getByRole('alert').waitFor();
    expect(await qc.getByRole('alert').textContent()).toContain(
      `L’appareil ${tags.L3} est à l’état « À effacer » : il n’est pas en reconditionnement.`,
    );
    await run.screenshot('desk-workshop-refused');
    const l3 = await deviceByTag(tags.L3);
    expect(l3.status).toBe('awaiting_erasure');
    expect(l3.refurbishments).toEqual([]);
  }, 60_000);

  it('diagnoses with P/F/N, notes a part, grades and checks a laptop and the tablet until they are ready', async () => {
    await at({ devices: true, recorded: true, verified: true, l3: 'retried' }, DORA);
    const { page } = run;
    await openDesk(page, 'Atelier', 'Atelier de reconditionnement');
    await scan(page, tags.L1);
    // The previous device's form stays on screen until this one has loaded: wait for it, not for any form.
    await page.locator(`[data-testid=desk-device][data-asset-tag="${tags.L1}"]`).waitFor();
    await page.getByTestId('workshop-diagnostics').waitFor();
    await page.locator('[data-check=power_on] input').first().focus();
    for (let index = 0; index < 11; index++) await page.keyboard.press('p');
    await page.keyboard.press('n');
    await page.getByRole('heading', { name: 'Diagnostic (12 sur 12)' }).waitFor();

    await page.getByRole('button', { name: '+ Ajouter une pièce' }).click();
    await page.getByLabel('Pièce, ligne 1').fill('Batterie 68 Wh');
    await page.getByLabel('Coût unitaire (€)').fill('39,90');
    await page.getByLabel('Main-d’œuvre (minutes)').fill('25');
    await page.getByLabel(/Santé de la batterie/).fill('87');
    await page.getByTestId('workshop-grade').getByText('B', { exact: true }).click();
    await page.getByTestId('workshop-functional').getByText('Fonctionnel', { exact: true }).click();
    await page.getByLabel('Main-d’œuvre (minutes)').press('Enter');
    await page.getByTestId('workshop-saved').waitFor();
    expect(await page.getByTestId('workshop-readiness').textContent()).toContain('Contrôle qualité non validé');
    await run.screenshot('desk-workshop-bench');

    await page.getByTestId('workshop-qc').getByLabel(/Notes/).press('Enter');
    await page.locator('[data-testid=workshop-readiness][data-ready=true]').waitFor();
    expect(await page.getByTestId('workshop-readiness').textContent()).toContain('Prêt');
    await run.screenshot('desk-workshop');
    const l1 = await deviceByTag(tags.L1);
    expect(l1).toMatchObject({ status: 'ready', grade: 'B', functional: 'working', batteryHealth: 87 });
    expect(l1.refurbishments[0]).toMatchObject({
      parts: [{ name: 'Batterie 68 Wh', quantity: 1, costCents: 3990 }],
      labourMinutes: 25,
      diagnostics: { power_on: 'pass', usb_ports: 'pass', cellular: 'not_applicable' },
      qc: { passed: true },
    });

    await scan(page, tags.T1);
    await page.locator(`[data-testid=desk-device][data-asset-tag="${tags.T1}"]`).waitFor();
    await page.getByRole('button', { name: /Mettre OK tous les tests/ }).click();
    await page.getByTestId('workshop-grade').getByText('A', { exact: true }).click();
    await page.getByTestId('workshop-functional').getByText('Fonctionnel', { exact: true }).click();
    await page.getByRole('button', { name: /Enregistrer le passage/ }).click();
    await page.getByTestId('workshop-saved').waitFor();
    await page.getByRole('button', { name: /Enregistrer le contrôle/ }).click();
    await page.locator('[data-testid=workshop-readiness][data-ready=true]').waitFor();
    expect((await deviceByTag(tags.T1)).status).toBe('ready');
  }, 60_000);

  it('recycles one laptop; a device whose erasure is not proven is refused by name and nothing is recorded', async () => {
    await at({ devices: true, recorded: true, verified: true, l3: 'retried' }, DORA);
    const { page } = run;
    await openDesk(page, 'Recyclage', 'Recyclage');
    await scan(page, tags.L2);
    await page.locator(`[data-testid=recycling-list] tr[data-asset-tag="${tags.L2}"]`).waitFor();
    await scan(page, 'SN-L3-7490');
    await page.locator(`[data-testid=recycling-list] tr[data-asset-tag="${tags.L3}"]`).waitFor();
    await page.getByRole('button', { name: /Envoyer au recyclage les 2 appareil/ }).click();
    const confirm = page.getByRole('dialog', { name: /Envoyer 2 appareils au recyclage/ });
    await confirm.getByRole('button', { name: 'Envoyer au recyclage' }).click();
    await page.getByTestId('recycling-notice').filter({ hasText: '2 appareils envoyés' }).waitFor();
    for (const key of ['L2', 'L3'] as const) expect((await deviceByTag(tags[key])).status).toBe('to_recycle');

    const pickup = page.getByTestId('recycling-pickup');
    await pickup.getByLabel('Recycleur').fill('Envie Rhône Recyclage');
    await pickup.getByLabel(/Type de repreneur/).selectOption({ label: 'Opérateur de traitement' });
    await pickup.getByLabel(/Contrat/).fill('ECOSYSTEM-OP-2026-118');
    await pickup.getByLabel(/Poids/).fill('12,5');
    await pickup.getByLabel(/Référence du certificat/).fill('CERT-2026-0042');
    // The waste code is asked for before anything is sent.
    await pickup.getByLabel('Recycleur').press('Enter');
    await pickup.getByRole('alert').filter({ hasText: 'Choisissez le code déchet' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('wasteCode');
    // A hazardous code (the asterisk, explained under the field) needs the Trackdéchets identifier of its document.
    expect(await pickup.textContent()).toContain('L’astérisque (*) marque un déchet dangereux');
    await pickup.getByLabel('Code déchet').selectOption('20 01 35*');
    await pickup.getByLabel(/Bordereau de suivi/).fill('BSD-2026');
    await pickup.getByLabel(/Bordereau de suivi/).press('Enter');
    await pickup.getByRole('alert').filter({ hasText: 'n’a pas la forme d’un identifiant Trackdéchets' }).waitFor();
    expect(await pickup.getByLabel(/Bordereau de suivi/).getAttribute('aria-invalid')).toBe('true');
    await run.screenshot('desk-recycling-transport-refused');
    expect(await mustCall(run, 'recycling.list', {})).toEqual([]);
    await pickup.getByLabel(/Bordereau de suivi/).fill('bsd-20261207-a1b2c3d4e');
    await pickup.getByLabel(/Bordereau de suivi/).press('Enter');
    await pickup.getByRole('alert').filter({ hasText: 'appareil refusé' }).waitFor();
    const refusedRow = page.locator(`[data-testid=recycling-list] tr[data-asset-tag="${tags.L3}"]`);
    expect(await refusedRow.textContent()).toContain('Effacement non prouvé');
    expect(await pickup.getByRole('alert').textContent()).toContain(
      '1 appareil refusé : aucun appareil n’a été modifié.',
    );
    await run.screenshot('desk-recycling-refused');
    expect((await deviceByTag(tags.L2)).status).toBe('to_recycle');
    expect(await mustCall(run, 'recycling.list', {})).toEqual([]);

    await refusedRow.getByRole('checkbox').uncheck();
    await pickup.getByLabel('Recycleur').press('Enter');
    await page.getByTestId('recycling-notice').filter({ hasText: 'Enlèvement enregistré' }).waitFor();
    expect(await page.getByTestId('recycling-notice').textContent()).toContain(
      '1 appareil recyclé par Envie Rhône Recyclage (certificat CERT-2026-0042)',
    );
    await run.screenshot('desk-recycling');
    expect((await deviceByTag(tags.L2)).status).toBe('recycled');
    expect(await mustCall(run, 'recycling.list', {})).toEqual([
      expect.objectContaining({
        recycler: 'Envie Rhône Recyclage',
        weightKg: 12.5,
        certificateRef: 'CERT-2026-0042',
        wasteCode: '20 01 35*',
        recyclerKind: 'operator',
        contractRef: 'ECOSYSTEM-OP-2026-118',
        transportDocument: 'BSD-20261207-A1B2C3D4E',
        deviceCount: 1,
      }),
    ]);
    expect((await deviceByTag(tags.L3)).status).toBe('to_recycle');
    // What belongs to one pickup is cleared; the taker, its contract and the waste code stay for the next.
    expect(await pickup.getByLabel(/Bordereau de suivi/).inputValue()).toBe('');
    expect(await pickup.getByLabel('Code déchet').inputValue()).toBe('20 01 35*');

    // The desk's Export: the chronological waste register carries the pickup's register fields.
    const downloading = page.waitForEvent('download');
    await page
      .getByTestId('export-recycling')
      .getByRole('button', { name: /Exporter/ })
      .click();
    const download = await downloading;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('the register has no sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const line = (sheet.getRow(2).values as unknown[]).slice(1);
    const cell = (name: string) => line[header.indexOf(name)];
    expect(sheet.rowCount).toBe(2);
    expect(cell('Code déchet')).toBe('20 01 35*');
    expect(String(cell('Désignation du déchet'))).toContain('composants dangereux (ménages)');
    expect(cell('Dangereux')).toBe('Oui');
    expect(cell('Éco-organisme ou opérateur')).toBe('Opérateur de traitement');
    expect(cell('Contrat')).toBe('ECOSYSTEM-OP-2026-118');
    expect(cell('Bordereau (BSD / Trackdéchets)')).toBe('BSD-20261207-A1B2C3D4E');
    expect(cell('Poids (kg)')).toBe(12.5);

    // The same desk in English, from the language switch.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'Recycling' }).waitFor();
    expect(await page.getByTestId('recycling-pickup').textContent()).toContain('Record the pickup');
    await run.screenshot('desk-recycling-en');
    await page.getByRole('button', { name: 'FR', exact: true }).click();
  }, 60_000);
});
