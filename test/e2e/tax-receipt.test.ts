import type { Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEuros } from '../../shared/format';
import { opensTab, type BrowserRun } from '../helpers/browser';
import { pdfText, plainSpaces } from '../helpers/pdf';
import { openDemoDesk, type DemoDesk } from './helpers/demo-desk';
import { expectAccessible } from './helpers/axe';
import { mustCall, pageCall } from './helpers/desks';

/** The batch header's tax receipt: the value, the donor's SIREN (a wrong one refused by name) and « Reçu fiscal ». */
let desk: DemoDesk;
let run: BrowserRun;

beforeAll(async () => {
  desk = await openDemoDesk('tax-receipt', 10_000);
  ({ run } = desk);
}, 60_000);

afterAll(async () => {
  await desk?.close();
});

describe('the tax receipt on the intake desk', () => {
  it('records the value and the donor, refuses a wrong SIREN, issues the receipt and then offers to reprint it', async () => {
    const { page, context } = run;
    const siteId = (await mustCall(run, 'sites.list', {}))[0]?.id ?? 0;
    const donor = await mustCall(run, 'donors.create', { name: 'Transports Durand', kind: 'company' });
    const batch = await mustCall(run, 'batches.create', { donorId: donor.id, siteId, receivedOn: '2026-11-20' });
    await mustCall(run, 'devices.registerMany', {
      batchId: batch.id,
      devices: [
        { kind: 'laptop', serial: 'RF-E2E-0001', make: 'Dell', model: 'Latitude 5490' },
        { kind: 'tablet', serial: 'RF-E2E-0002', make: 'Apple', model: 'iPad 9' },
      ],
    });
    await mustCall(run, 'taxReceipts.saveEligibility', {
      mention: 'Organisme d’intérêt général (articles 200 et 238 bis du CGI)',
    });
    await page.goto(`${run.server.url.replace(/#.*/, '')}#/intake/${batch.id}`);
    const panel = page.getByTestId('tax-receipt');
    await panel.waitFor();

    await panel.getByLabel('Valeur du don (€)').fill('1 234,50');
    await panel.getByRole('button', { name: 'Enregistrer la valeur' }).click();
    await page.getByText('Valeur du lot enregistrée.').waitFor();

    await panel.getByLabel('SIREN').fill('732829321');
    await panel.getByLabel('Forme juridique').fill('SAS');
    await panel.getByLabel('Adresse').fill('4 quai Perrache\n69002 Lyon');
    await panel.getByRole('button', { name: 'Enregistrer le donateur' }).click();
    await panel
      .getByText(/Le SIREN « 732829321 » n’est pas valable/)
      .first()
      .waitFor();
    await panel.getByLabel('SIREN').fill('732 829 320');
    await panel.getByRole('button', { name: 'Enregistrer le donateur' }).click();
    await page.getByText('Coordonnées fiscales du donateur enregistrées.').waitFor();
    await expectAccessible(page, 'the batch header with its tax receipt');
    await run.screenshot('doc-app-tax-receipt-fr');

    const pdf = context.waitForEvent('response', opensTaxReceipt);
    await panel.getByTestId('print-tax-receipt').click();
    const response = await pdf;
    expect(response.status()).toBe(200);
    expect(await response.headerValue('content-type')).toContain('application/pdf');
    await page.bringToFront();
    await panel.getByRole('button', { name: /Réimprimer le reçu RF-\d{4}-000001/ }).waitFor();
    await panel
      .getByTestId('tax-receipt-year')
      .getByText(/1 reçu fiscal établi/)
      .waitFor();
    const state = await mustCall(run, 'taxReceipts.forBatch', { batchId: batch.id });
    expect(state).toMatchObject({
      form: '2041-MEC-SD',
      identity: { siren: '732829320' },
      valuation: { amountCents: 123_450 },
    });
    await run.screenshot('doc-app-tax-receipt-issued-fr');
  }, 60_000);

  it('cancels a receipt only with a reason, counts it in the year, names it on the new receipt; a technician has no such action', async () => {
    const { page } = run;
    const siteId = (await mustCall(run, 'sites.list', {}))[0]?.id ?? 0;
    const donor = await mustCall(run, 'donors.create', { name: 'Imprimerie Garnier', kind: 'company' });
    const batch = await mustCall(run, 'batches.create', { donorId: donor.id, siteId, receivedOn: '2026-11-24' });
    await mustCall(run, 'devices.registerMany', {
      batchId: batch.id,
      devices: [{ kind: 'laptop', serial: 'RF-E2E-0101', make: 'Lenovo', model: 'ThinkPad T480' }],
    });
    await mustCall(run, 'taxReceipts.saveEligibility', {
      mention: 'Organisme d’intérêt général (articles 200 et 238 bis du CGI)',
    });
    await mustCall(run, 'taxReceipts.saveDonorIdentity', {
      donorId: donor.id,
      siren: '732829320',
      legalForm: 'SARL',
      address: '8 rue Garibaldi\n69006 Lyon',
    });
    await mustCall(run, 'taxReceipts.setValuation', { batchId: batch.id, amountCents: 80_000 });
    const first = (
      await mustCall(run, 'documents.generate', { kind: 'tax-receipt', subject: { type: 'batch', ids: [batch.id] } })
    ).reference;
    const year = new Date().getFullYear();
    const before = await mustCall(run, 'taxReceipts.yearTotals', { year });
    expect(before.cancelledCount).toBe(0);

    await page.goto(`${run.server.url.replace(/#.*/, '')}#/intake/${batch.id}`);
    const panel = page.getByTestId('tax-receipt');
    const list = panel.getByRole('table', { name: 'Reçus du lot' });
    const firstRow = list.locator(`tr[data-reference="${first}"]`);
    await firstRow.getByText('Valable').waitFor();
    expect(plainSpaces((await firstRow.textContent()) ?? '')).toContain('800,00 €');

    // An empty reason is refused in plain words, naming the field; nothing changes.
    await firstRow.getByRole('button', { name: 'Annuler ce reçu' }).click();
    const dialog = page.getByRole('dialog', { name: `Annuler le reçu ${first}` });
    await dialog.waitFor();
    const explained = plainSpaces((await dialog.textContent()) ?? '');
    expect(explained).toContain('son numéro n’est jamais réutilisé');
    expect(explained).toContain('établissez un nouveau reçu');
    expect(explained).toContain('800,00 €');
    await expectAccessible(page, 'the dialog cancelling a tax receipt');
    await dialog.getByRole('button', { name: 'Annuler le reçu' }).click();
    await dialog.getByRole('alert').getByText('Le champ « Motif de l’annulation » est à remplir.').waitFor();
    await dialog.getByLabel('Motif de l’annulation').fill('   ');
    await dialog.getByRole('button', { name: 'Annuler le reçu' }).click();
    await dialog.getByRole('alert').getByText('Le champ « Motif de l’annulation » est à remplir.').waitFor();
    expect(await dialog.getByLabel('Motif de l’annulation').getAttribute('aria-invalid')).toBe('true');
    expect((await mustCall(run, 'taxReceipts.forBatch', { batchId: batch.id })).reference).toBe(first);
    await run.screenshot('doc-app-tax-receipt-cancel-dialog-fr');

    // With a reason: the receipt shows cancelled in the list, and the year counts it apart from the amount.
    await dialog.getByLabel('Motif de l’annulation').fill('Valeur erronée : 800 € au lieu de 1 500 €');
    await dialog.getByRole('button', { name: 'Annuler le reçu' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`Reçu ${first} annulé.`).waitFor();
    await firstRow.getByText(/Annulé le \d\d\/\d\d\/\d{4} par Camille Martin\. Motif : Valeur erronée/).waitFor();
    expect(await firstRow.getAttribute('data-state')).toBe('cancelled');
    expect(await firstRow.getByRole('button', { name: 'Annuler ce reçu' }).count()).toBe(0);
    const cancelledTotal = formatEuros('fr', before.totalCents - 80_000);
    const year1 = panel.getByTestId('tax-receipt-year');
    await year1.getByText(`(dont 1 annulé), ${cancelledTotal} au total des reçus valables`, { exact: false }).waitFor();
    expect(plainSpaces((await year1.textContent()) ?? '')).toContain(`${before.count} reçu`);

    // Its PDF is now the copy marked « ANNULÉ ».
    const copy = await pdfOpened(run, () =>
      firstRow.getByRole('button', { name: 'Ouvrir la copie « ANNULÉ »' }).click(),
    );
    expect(copy.url()).toContain(`/documents/${first}.pdf`);
    const copyText = plainSpaces(pdfText(await pdfBytes(run, first)));
    expect(copyText).toContain('ANNULÉ');
    expect(copyText).toContain('Valeur erronée : 800 € au lieu de 1 500 €');
    await page.bringToFront();

    // The value may change again; the new receipt gets a new number and names the one it replaces.
    await panel.getByLabel('Valeur du don (€)').fill('1 500');
    await panel.getByRole('button', { name: 'Enregistrer la valeur' }).click();
    await expect
      .poll(async () => (await mustCall(run, 'taxReceipts.forBatch', { batchId: batch.id })).valuation?.amountCents, {
        timeout: 15_000,
      })
      .toBe(150_000);
    const reissue = panel.getByRole('button', { name: `Nouveau reçu fiscal (remplace le n° ${first})` });
    const issued = await pdfOpened(run, () => reissue.click());
    const second = /RF-\d{4}-\d{6}/.exec(issued.url())?.[0] ?? '';
    expect(second).not.toBe(first);
    expect(plainSpaces(pdfText(await pdfBytes(run, second)))).toContain(
      `Ce reçu remplace le reçu n° ${first}, annulé.`,
    );
    await page.bringToFront();
    const secondRow = list.locator(`tr[data-reference="${second}"]`);
    await secondRow.getByText(`Remplace le reçu n° ${first}`).waitFor();
    await secondRow.getByText('Valable').waitFor();
    expect(plainSpaces((await secondRow.textContent()) ?? '')).toContain('1 500,00 €');
    await panel.getByRole('button', { name: `Réimprimer le reçu ${second}` }).waitFor();
    await year1
      .getByText(`(dont 1 annulé), ${formatEuros('fr', before.totalCents - 80_000 + 150_000)} au total`, {
        exact: false,
      })
      .waitFor();
    expect(plainSpaces((await year1.textContent()) ?? '')).toContain(`${before.count + 1} reçus fiscaux établis`);
    await expectAccessible(page, 'the batch header with a cancelled and a new tax receipt');
    await run.screenshot('doc-app-tax-receipt-cancelled-fr');

    // The same panel in English, with its plurals.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const englishList = panel.getByRole('table', { name: 'Receipts of the batch' });
    await englishList
      .locator(`tr[data-reference="${first}"]`)
      .getByText(/Cancelled on \d\d\/\d\d\/\d{4} by Camille Martin\. Reason: Valeur erronée/)
      .waitFor();
    await englishList.locator(`tr[data-reference="${second}"]`).getByText(`Replaces receipt no. ${first}`).waitFor();
    await year1.getByText(`${before.count + 1} tax receipts issued (1 cancelled)`, { exact: false }).waitFor();
    await run.screenshot('doc-app-tax-receipt-cancelled-en');
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await panel.getByRole('table', { name: 'Reçus du lot' }).waitFor();

    // A technician sees no tax receipt on the same batch, and main refuses them the cancellation.
    await page.getByRole('button', { name: 'Changer d’opérateur' }).click();
    await page.getByRole('button', { name: /Inès Moreau/ }).click();
    await page.locator('.topbar-operator-name', { hasText: 'Inès Moreau' }).waitFor();
    await page.goto(`${run.server.url.replace(/#.*/, '')}#/intake/${batch.id}`);
    await page
      .getByTestId('intake-batch')
      .getByRole('heading', { name: new RegExp(batch.code) })
      .waitFor();
    expect(await page.getByTestId('tax-receipt').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Annuler ce reçu' }).count()).toBe(0);
    const refused = await pageCall(run, 'taxReceipts.cancel', { reference: second, reason: 'Essai' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden_role' } });
  }, 90_000);
});

/** A new tab opening a tax receipt's PDF. */
function opensTaxReceipt(response: Response): boolean {
  return opensTab(response) && /\/documents\/RF-\d{4}-\d{6}\.pdf/.test(response.url());
}

/** Clicks what opens a tax receipt's PDF in a new tab, and answers the PDF's response (checked a PDF). */
async function pdfOpened(run: BrowserRun, click: () => Promise<void>): Promise<Response> {
  const response = run.context.waitForEvent('response', opensTaxReceipt);
  await click();
  const pdf = await response;
  expect(pdf.status()).toBe(200);
  expect(await pdf.headerValue('content-type')).toContain('application/pdf');
  return pdf;
}

/** The bytes the app serves at a document's address (what the tab shows), read with the page's own session. */
async function pdfBytes(run: BrowserRun, reference: string): Promise<Buffer> {
  const base64 = await run.page.evaluate(async (path) => {
    const bytes = new Uint8Array(await (await fetch(path)).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, `/documents/${reference}.pdf`);
  return Buffer.from(base64, 'base64');
}
