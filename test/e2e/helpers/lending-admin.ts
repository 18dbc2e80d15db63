import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Input, MethodName, Result } from '../../../shared/contract';
import type { ApiResult } from '../../../shared/errors';
import { formatDay } from '../../../shared/format';
import { openDataStore } from '../../../main/platform/open-data';
import { newSession } from '../../../main/api';
import { addDays } from '../../../shared/domain/lending';
import { harnessFor } from '../../helpers/api';
import type { BrowserRun } from '../../helpers/browser';
import { makeReady, setUpWorkshop } from '../../helpers/workshop';
import { expectAccessible } from './axe';

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

/** What the lending screens' tests find seeded, so that each can start from it instead of from an earlier test. */
export interface LendingAdminSeed {
  dataDir: string;
  laptops: number[];
  partner: { id: number; name: string };
  programme: { id: number; name: string };
  /** In stock, never topped up: for the top-up test. */
  topUpSim: string;
  /** In stock, with PIN 1234 and PUK 12345678: for the codes and the technician's view. */
  codesSim: string;
  /** Lent with laptops[0] to pupil EL-2026-014 (Léa Martin), 60 days ago and 10 days overdue. */
  loanSim: string;
  pupilId: number;
  overdue: string;
}

/**
 * seedLendingWorkshop, plus what the screens' tests need already there: a school partner, a loan programme for
 * minors with targets, three SIM cards, and an overdue loan of a laptop and a SIM card to a pupil.
 */
export function seedLendingAdmin(
  names: { partner: string; programme: string },
  cards: { topUp: string; codes: string; loan: string },
  today: string,
): LendingAdminSeed {
  const { dataDir, laptops } = seedLendingWorkshop();
  const h = harnessFor(openDataStore(dataDir));
  try {
    const coordinator = h
      .call(newSession(), 'session.operators', {})
      .find((operator) => operator.name === 'Sophie Coordination');
    const coord = newSession();
    h.call(coord, 'session.signIn', { operatorId: coordinator?.id ?? 0 });
    const partner = h.call(coord, 'partners.create', {
      name: names.partner,
      kind: 'school',
      address: '4 rue du Collège, 69100 Villeurbanne',
      contactName: 'Mme Ferrand (CPE)',
      contactPhone: '04 72 00 00 00',
    });
    const programme = h.call(coord, 'programmes.create', {
      name: names.programme,
      funder: 'Département du Rhône',
      startsOn: '2024-01-01',
      defaultKind: 'loan',
      loanDays: 365,
      agreementVariant: 'minor',
      targets: [
        { item: 'laptop', target: 10 },
        { item: 'sim', target: 5 },
      ],
    });
    const { sims } = h.call(coord, 'sims.registerMany', {
      operator: 'Orange',
      planName: 'Mobicarte 20 Go',
      planDataGb: 20,
      planValidityDays: 30,
      cards: [cards.topUp, cards.codes, cards.loan].map((iccid) => ({ iccid, pin: '1234', puk: '12345678' })),
    });
    const pupil = h.call(coord, 'beneficiaries.create', {
      partnerId: partner.id,
      reference: 'EL-2026-014',
      category: 'pupil',
      minor: true,
      firstName: 'Léa',
      lastName: 'Martin',
      guardianName: 'Nora Martin',
      address: '12 rue des Lilas, 69100 Villeurbanne',
      contactPhone: '06 98 76 54 32',
    } as never);
    const { handover } = h.call(coord, 'handovers.create', {
      recipient: { type: 'beneficiary', beneficiaryId: pupil.id },
      programmeId: programme.id,
      deviceIds: [laptops[0] ?? 0],
      simIds: [sims.find((sim) => sim.iccid === cards.loan)?.id ?? 0],
      handedOn: addDays(today, -60),
      dueOn: addDays(today, -10),
    });
    return {
      dataDir,
      laptops,
      partner: { id: partner.id, name: partner.name },
      programme: { id: programme.id, name: programme.name },
      topUpSim: cards.topUp,
      codesSim: cards.codes,
      loanSim: cards.loan,
      pupilId: pupil.id,
      overdue: handover.number,
    };
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

/** Switches to the operator unless they are the one signed in already. */
export async function signedInAs(page: Page, name: string): Promise<void> {
  if ((await page.locator('.topbar-operator-name').textContent()) !== name) await switchOperator(page, name);
}

/** « Changer d'opérateur », then the operator's big button (these operators have no PIN). */
export async function switchOperator(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Changer d’opérateur' }).click();
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.locator('.topbar-operator-name', { hasText: name }).waitFor();
  await expectAccessible(page, `the screen after switching to ${name}`);
}

/** Opens a screen from the navigation, as an operator would; the screen must pass axe-core. */
export async function openFromNav(page: Page, label: string, heading: string | RegExp): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expectAccessible(page, `the screen « ${label} »`);
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

/** A calendar day as the screens write it in French or English (`Format.day`, the one date format: `14/03/2026`). */
export function dayIn(lang: 'fr' | 'en', day: string): string {
  return collapse(formatDay(lang, day));
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
  const person = await callAs(run, 'beneficiaries.create', {
    partnerId: terms.partnerId,
    reference: terms.reference,
    category: 'pupil',
    minor,
    ...terms.person,
  });
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
