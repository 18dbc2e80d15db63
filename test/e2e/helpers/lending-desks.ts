import type { Page } from 'playwright-core';
import { openDataStore } from '../../../main/platform/open-data';
import { harnessFor, type Harness } from '../../helpers/api';
import { iccid, pupil, readyTablets, registerSims, setUpLending, type LendingDesk } from '../../helpers/lending';
import { setOrganisation } from '../../helpers/papers';
import { makeReady } from '../../helpers/workshop';
import { expectAccessible } from './axe';

/** What the handover and returns desks' end-to-end tests find in their data folder before Chromium opens it. */
export interface LendingDeskSeed {
  laptopSerial: string;
  laptopTag: string;
  tabletSerials: string[];
  tabletTags: string[];
  /** Cards 1 and 2 in stock, card 3 already lent to another pupil (handover RM-YYYY-0001). */
  simInStock: string;
  spareSim: string;
  simAllocated: string;
  institution: string;
  coordinator: string;
  technician: string;
}

/** Loans already out, for the refusals and the returns desk: each test finds the state it needs in the seed. */
export interface LentSeed {
  /** A laptop, a SIM card and a charger lent to pupil ELV-2026-007. */
  bundle: { number: string; laptopTag: string; iccid: string; reference: string };
  /** Five tablets lent to the institution, with five chargers. */
  set: { number: string; tabletTags: string[]; tabletSerials: string[] };
}

/**
 * Seeds through the API, in the data folder the browser edition will open: the workshop and its operators, three
 * partners and a loan programme (test/helpers/lending.ts), the organisation's identity, a ready laptop, five ready tablets, three SIM cards of
 * which one is already lent.
 */
export function seedLendingDesks(dataDir: string): LendingDeskSeed;
export function seedLendingDesks(dataDir: string, options: { lent: true }): LendingDeskSeed & { lent: LentSeed };
export function seedLendingDesks(
  dataDir: string,
  options: { lent?: boolean } = {},
): LendingDeskSeed & { lent?: LentSeed } {
  const h = harnessFor(openDataStore(dataDir));
  try {
    const desk = setUpLending(h);
    // Agreements name the organisation as the controller of the data: they are refused without its identity.
    setOrganisation(h, desk);
    const laptopId = makeReady(h, desk, 'SN-LAPTOP-01');
    const tabletIds = readyTablets(h, desk, 5);
    const sims = registerSims(h, desk, [1, 2, 3]);
    const other = pupil(h, desk, 'ELV-AUTRE');
    h.call(desk.coord, 'handovers.create', {
      recipient: { type: 'beneficiary', beneficiaryId: other.id },
      programmeId: desk.programme,
      simIds: [sims[2]?.id ?? 0],
    });
    const device = (id: number) => h.call(desk.tech, 'devices.get', { id });
    const lent = options.lent ? lendForReturns(h, desk, device) : undefined;
    return {
      ...(lent ? { lent } : {}),
      laptopSerial: 'SN-LAPTOP-01',
      laptopTag: device(laptopId).assetTag,
      tabletSerials: tabletIds.map((id) => device(id).serial),
      tabletTags: tabletIds.map((id) => device(id).assetTag),
      simInStock: iccid(1),
      spareSim: iccid(2),
      simAllocated: iccid(3),
      institution: 'Foyer Les Tilleuls',
      coordinator: 'Sophie Coordination',
      technician: 'Théo Technicien',
    };
  } finally {
    h.close();
  }
}

function lendForReturns(
  h: Harness,
  desk: LendingDesk,
  device: (id: number) => { assetTag: string; serial: string },
): LentSeed {
  const laptopId = makeReady(h, desk, 'SN-LAPTOP-07');
  const [sim] = registerSims(h, desk, [7]);
  const reference = 'ELV-2026-007';
  const bundle = h.call(desk.coord, 'handovers.create', {
    recipient: {
      type: 'beneficiary',
      beneficiaryId: pupil(h, desk, reference, { firstName: 'Hugo', lastName: 'Bernard', guardianName: 'Inès Bernard' })
        .id,
    },
    programmeId: desk.programme,
    deviceIds: [laptopId],
    simIds: [sim?.id ?? 0],
    accessories: ['Chargeur'],
  }).handover;
  const tabletIds = readyTablets(h, desk, 5, 'SET');
  const set = h.call(desk.coord, 'handovers.create', {
    recipient: { type: 'partner', partnerId: desk.institution },
    programmeId: desk.programme,
    deviceIds: tabletIds,
    accessories: Array.from({ length: 5 }, () => 'Chargeur'),
  }).handover;
  return {
    bundle: { number: bundle.number, laptopTag: device(laptopId).assetTag, iccid: iccid(7), reference },
    set: {
      number: set.number,
      tabletTags: tabletIds.map((id) => device(id).assetTag),
      tabletSerials: tabletIds.map((id) => device(id).serial),
    },
  };
}

/** Chooses who works at this station on the operator screen, for an operator without a PIN. */
export async function chooseOperator(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.locator('.topbar-operator-name', { hasText: name }).waitFor();
  await expectAccessible(page, `the screen after choosing ${name}`);
}

/** The screens the navigation offers to whoever is signed in, by route name. */
export async function navRoutes(page: Page): Promise<string[]> {
  return page
    .locator('.shell-nav a')
    .evaluateAll((links) => links.map((link) => (link.getAttribute('href') ?? '').replace('#/', '')));
}
