import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserRun } from '../helpers/browser';
import { openDemoDesk, type DemoDesk } from './helpers/demo-desk';
import { expectAccessible } from './helpers/axe';
import { mustCall } from './helpers/desks';

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

    const pdf = context.waitForEvent('response', (response) => /\/documents\/RF-\d{4}-\d{6}\.pdf/.test(response.url()));
    await panel.getByTestId('print-tax-receipt').click();
    const response = await pdf;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
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
});
