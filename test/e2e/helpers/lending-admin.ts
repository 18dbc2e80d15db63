import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Input, MethodName, Result } from '../../../shared/contract';
import type { ApiResult } from '../../../shared/errors';
import { openDataStore } from '../../../main/platform/open-data';
import { harnessFor } from '../../helpers/api';
import type { BrowserRun } from '../../helpers/browser';
import { makeReady, setUpWorkshop } from '../../helpers/workshop';

/**
 * A data folder seeded through the API before the browser edition opens it: the workshop's operators (Alice Admin,
 * Théo Technicien), a coordinator without PIN, and two laptops taken to ready through erasure and the workshop.
 */
export function seedLendingWorkshop(): { dataDir: string; laptops: number[] } {
  const dataDir = mkdtempSync(join(tmpdir(), 'rebond-e2e-lending-'));
  const h = harnessFor(openDataStore(dataDir));
  try {
    const w = setUpWorkshop(h);
    h.call(w.admin, 'operators.create', { name: 'Sophie Coordination', roles: ['coordinator'] });
    return { dataDir, laptops: [makeReady(h, w, 'LEND-0001'), makeReady(h, w, 'LEND-0002')] };
  } finally {
    h.close();
  }
}

/** Calls the API as the operator signed in on the page (its own session cookie); fails with main's words. */
export async function callAs<M extends MethodName>(run: BrowserRun, method: M, input: Input<M>): Promise<Result<M>> {
  const result = await run.page.evaluate(
    async ({ method, input }) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': document.documentElement.lang || 'fr' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as ApiResult<unknown>;
    },
    { method, input },
  );
  if (!result.ok) throw new Error(`${method} refused: ${result.error.code} ${result.error.message}`);
  return result.value as Result<M>;
}

/** « Changer d'opérateur », then the operator's big button (these operators have no PIN). */
export async function switchOperator(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Changer d’opérateur' }).click();
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.locator('.topbar-operator-name', { hasText: name }).waitFor();
}

/** Opens a screen from the navigation, as an operator would. */
export async function openFromNav(page: Page, label: string, heading: string | RegExp): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Text of an element with its white space collapsed (Intl puts narrow no-break spaces in French dates). */
export async function textOf(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The app at a route, e.g. `goTo(run, 'sims/8933…')`. */
export async function goTo(run: BrowserRun, route: string): Promise<void> {
  await run.page.goto(`${run.server.url.replace(/#.*/, '')}#/${route}`);
}

/** White space collapsed: Intl writes narrow no-break spaces in French dates and amounts. */
export const collapse = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');

/** A calendar day as the screens write it in French or English (`Format.day`). */
export function dayIn(lang: 'fr' | 'en', day: string): string {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  return collapse(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(`${day}T00:00:00Z`)));
}

interface LoanTerms {
  partnerId: number;
  programmeId: number;
  reference: string;
  person: { firstName: string; lastName: string; guardianName?: string; address?: string; contactPhone?: string };
  deviceIds: number[];
  simIds?: number[];
  handedOn: string;
  dueOn: string;
}

/** A pupil referred by the partner and a loan made to them on the given dates, through the API as the page's operator. */
export async function lendToPupil(run: BrowserRun, terms: LoanTerms) {
  const minor = terms.person.guardianName !== undefined;
  const person = await callAs(run, 'beneficiaries.create', { partnerId: terms.partnerId, reference: terms.reference, category: 'pupil', minor, ...terms.person });
  const { handover } = await callAs(run, 'handovers.create', {
    recipient: { type: 'beneficiary', beneficiaryId: person.id },
    programmeId: terms.programmeId,
    deviceIds: terms.deviceIds,
    simIds: terms.simIds ?? [],
    handedOn: terms.handedOn,
    dueOn: terms.dueOn,
  });
  return { person, handover };
}
