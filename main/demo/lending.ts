/**
 * The lending part of the demo: partners, two programmes with targets, fictional beneficiaries, SIM cards with
 * top-ups, loans (some overdue, some due soon), a donation, a set lent to an institution and a partial return.
 * Everything goes through the services, so every rule and event holds. Lends about a third of the ready devices.
 */
import type { Partner, Programme } from '../../shared/contract/lending-types';
import type { DeviceSummary } from '../../shared/contract/inventory';
import { luhnCheckDigit } from '../../shared/domain/identifiers';
import { addDays, type BeneficiaryCategory, type PartnerKind } from '../../shared/domain/lending';
import { createBeneficiary } from '../services/beneficiaries';
import { createHandover } from '../services/handovers';
import { createPartner, createProgramme } from '../services/partners';
import { createReturn } from '../services/returns';
import { registerSims, setSimStatus, topUpSim } from '../services/sims';
import type { Actor } from '../services/unit-of-work';
import type { Store } from '../store/store';
import type { Random } from './random';

const PARTNERS: readonly [string, PartnerKind][] = [
  ['Collège Jean Moulin', 'school'],
  ['Collège Louis Aragon', 'school'],
  ['Maison de la Métropole de Villeurbanne', 'social_service'],
  ['Mission locale de Lyon', 'mission_locale'],
  ['ASE Rhône — Pôle Est', 'child_protection'],
  ['Foyer éducatif Les Tilleuls', 'institution'],
];

const FIRST_NAMES = [
  'Léa',
  'Nolan',
  'Inaya',
  'Yanis',
  'Chloé',
  'Adam',
  'Maëlys',
  'Rayan',
  'Jade',
  'Sacha',
  'Lina',
  'Ilyes',
];
const LAST_NAMES = [
  'Bernard',
  'Diallo',
  'Nguyen',
  'Lefèvre',
  'Haddad',
  'Moreau',
  'Fontaine',
  'Traoré',
  'Roux',
  'Benali',
];
const ADULTS = ['Karima', 'Philippe', 'Aïcha', 'Stéphane', 'Nathalie', 'Mamadou', 'Valérie', 'Thierry'];
const STREETS = [
  'rue Francis de Pressensé',
  'cours Émile Zola',
  'rue du 4 Août 1789',
  'avenue Roger Salengro',
  'rue Anatole France',
];

interface Person {
  partner: string;
  category: BeneficiaryCategory;
  minor: boolean;
  programme: 'school' | 'inclusion';
}

/** Who comes to the counter, in order; the list is cut short when the warehouse has few ready devices. */
const PEOPLE: readonly Person[] = [
  { partner: 'Collège Jean Moulin', category: 'pupil', minor: true, programme: 'school' },
  { partner: 'ASE Rhône — Pôle Est', category: 'child_in_care', minor: true, programme: 'school' },
  {
    partner: 'Maison de la Métropole de Villeurbanne',
    category: 'welfare_recipient',
    minor: false,
    programme: 'inclusion',
  },
  { partner: 'Collège Louis Aragon', category: 'pupil', minor: true, programme: 'school' },
  { partner: 'Mission locale de Lyon', category: 'young_person', minor: false, programme: 'inclusion' },
  {
    partner: 'Maison de la Métropole de Villeurbanne',
    category: 'social_service_user',
    minor: false,
    programme: 'inclusion',
  },
];

/** How many days ago each loan was handed over, in turn: with 300-day loans the first is overdue, the second due soon. */
const AGES = [310, 295, 240, 120, 60, 20];

/** Enough to show every screen without slowing the demo of a large warehouse. */
const DEFAULT_DEVICES_LENT = 40;

export interface LendingSummary {
  handovers: number;
  beneficiaries: number;
  sims: number;
}

function partnersOf(store: Store, actor: Actor): Map<string, Partner> {
  const byName = new Map<string, Partner>();
  for (const [name, kind] of PARTNERS) {
    const id = store.partners.idByName(name);
    const partner = id !== null ? store.partners.get(id) : null;
    byName.set(
      name,
      partner ??
        createPartner(store, actor, {
          name,
          kind,
          address: 'Villeurbanne',
          contactName: 'Accueil',
          contactPhone: '04 78 00 00 00',
          contactEmail: null,
        }),
    );
  }
  return byName;
}

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * A handover is never dated before its devices were erased (receipts refuse a proof dated after the handover): the
 * day the latest erasure of these devices ended.
 */
function erasedBy(store: Store, deviceIds: readonly number[]): string {
  const days = deviceIds.flatMap((id) => store.erasures.forDevice(id).map((record) => record.endedAt.slice(0, 10)));
  return days.reduce(later, '0000-01-01');
}

function programmesOf(store: Store, actor: Actor, today: string): { school: Programme; inclusion: Programme } {
  const existing = (name: string) => {
    const id = store.programmes.idByName(name);
    return id === null ? null : store.programmes.get(id);
  };
  const school =
    existing('Continuité pédagogique') ??
    createProgramme(store, actor, {
      name: 'Continuité pédagogique',
      funder: 'Département du Rhône',
      startsOn: addDays(today, -360),
      endsOn: addDays(today, 300),
      defaultKind: 'loan',
      loanDays: 300,
      agreementVariant: 'minor',
      notes: null,
      targets: [
        { item: 'laptop', target: 120 },
        { item: 'tablet', target: 60 },
        { item: 'sim', target: 40 },
      ],
    });
  const inclusion =
    existing('Inclusion numérique RSA') ??
    createProgramme(store, actor, {
      name: 'Inclusion numérique RSA',
      funder: 'Département du Rhône et CAF',
      startsOn: addDays(today, -360),
      endsOn: null,
      defaultKind: 'donation',
      loanDays: 180,
      agreementVariant: 'donation',
      notes: null,
      targets: [
        { item: 'laptop', target: 80 },
        { item: 'sim', target: 80 },
      ],
    });
  return { school, inclusion };
}

/** Prepaid cards with valid ICCIDs, numbered after those already in the database. */
function simBox(store: Store, actor: Actor, random: Random, count: number, today: string): number[] {
  const first = store.sims.count() + 1;
  const cards = Array.from({ length: count }, (_, index) => {
    const body = `89330120${String(first + index).padStart(10, '0')}`;
    const mobile = `07${random.int(3, 9)}${random.digits(7)}`;
    return {
      iccid: `${body}${luhnCheckDigit(body)}`,
      phoneNumber: mobile,
      pin: random.digits(4),
      puk: random.digits(8),
    };
  });
  return registerSims(store, actor, {
    operator: 'Orange',
    planName: 'Mobicarte Solidaire 50 Go',
    planDataGb: 50,
    planValidityDays: 30,
    receivedOn: addDays(today, -200),
    notes: null,
    cards,
  }).sims.map((sim) => sim.id);
}

export function seedLending(
  store: Store,
  actor: Actor,
  random: Random,
  today: string,
  devicesLent = DEFAULT_DEVICES_LENT,
): LendingSummary {
  const ready = store.inventory.page(
    { statuses: ['ready'], kinds: [], grades: [], siteId: null, batchId: null },
    { column: 'assetTag', direction: 'asc' },
    devicesLent * 3,
    null,
  ).rows;
  const budget = Math.min(devicesLent, Math.floor(ready.length / 3));
  if (budget < 1) return { handovers: 0, beneficiaries: 0, sims: 0 };
  const pool: DeviceSummary[] = ready.slice(0, budget);
  const partners = partnersOf(store, actor);
  const programmes = programmesOf(store, actor, today);
  const sims = simBox(store, actor, random, Math.min(24, budget + 4), today);
  const summary: LendingSummary = { handovers: 0, beneficiaries: 0, sims: sims.length };
  const partnerId = (name: string) => partners.get(name)?.id ?? 0;

  // An institution takes a set of tablets (or whatever is ready) on loan; part of it comes back later.
  const setSize = Math.min(8, Math.max(1, Math.floor(pool.length / 4)));
  const set = pool.splice(0, setSize);
  const setHandover = createHandover(store, actor, {
    recipient: { type: 'partner', partnerId: partnerId('Foyer éducatif Les Tilleuls') },
    referringPartnerId: partnerId('ASE Rhône — Pôle Est'),
    programmeId: programmes.school.id,
    kind: 'loan',
    handedOn: later(
      addDays(today, -120),
      erasedBy(
        store,
        set.map((device) => device.id),
      ),
    ),
    dueOn: null,
    deviceIds: set.map((device) => device.id),
    simIds: [],
    accessories: set.map(() => 'chargeur'),
    notes: null,
  }).handover;
  summary.handovers += 1;
  if (set.length > 1) {
    const back = setHandover.items.slice(0, Math.ceil(set.length / 3));
    createReturn(store, actor, {
      items: back.map((item) => ({ itemId: item.id, condition: 'Bon état', grade: null, simOutcome: 'restock' })),
      returnedOn: later(addDays(today, -10), setHandover.handedOn),
      missingAccessories: ['chargeur'],
      notes: null,
    });
  }

  for (let index = 0; pool.length > 0; index += 1) {
    const person = PEOPLE[index % PEOPLE.length] ?? PEOPLE[0];
    if (!person) break;
    const device = pool.shift();
    if (!device) break;
    const lastName = random.pick(LAST_NAMES);
    const beneficiary = createBeneficiary(store, actor, {
      partnerId: partnerId(person.partner),
      reference: `${person.category === 'pupil' ? 'EL' : 'DOS'}-${String(store.beneficiaries.count() + 1).padStart(5, '0')}`,
      category: person.category,
      minor: person.minor,
      firstName: random.pick(FIRST_NAMES),
      lastName,
      address: `${random.int(1, 120)} ${random.pick(STREETS)}, 69100 Villeurbanne`,
      guardianName: !person.minor
        ? null
        : person.category === 'child_in_care'
          ? `${random.pick(ADULTS)} ${random.pick(LAST_NAMES)} (ASE)`
          : `${random.pick(ADULTS)} ${lastName}`,
      referentName: `${random.pick(ADULTS)} ${random.pick(LAST_NAMES)}`,
      contactPhone: `06${random.digits(8)}`,
      contactEmail: null,
      consentOn: addDays(today, -330),
    });
    summary.beneficiaries += 1;
    const programme = person.programme === 'school' ? programmes.school : programmes.inclusion;
    const sim = index % 2 === 0 ? sims.shift() : undefined;
    // Spread over the year: the oldest loans are overdue, a few fall due within the fortnight.
    const handedOn = later(
      addDays(today, -((AGES[index % AGES.length] ?? 30) + random.int(0, 10))),
      erasedBy(store, [device.id]),
    );
    const dueOn = programme.defaultKind === 'loan' && index % 5 === 3 ? addDays(today, random.int(2, 12)) : null;
    if (sim !== undefined) {
      topUpSim(store, actor, {
        simId: sim,
        toppedUpOn: addDays(today, -random.int(5, 40)),
        amountCents: 1500,
        dataGb: 50,
        validityDays: 30,
        programmeId: programme.id,
      });
    }
    const created = createHandover(store, actor, {
      recipient: { type: 'beneficiary', beneficiaryId: beneficiary.id },
      referringPartnerId: null,
      programmeId: programme.id,
      kind: null,
      handedOn,
      dueOn,
      deviceIds: [device.id],
      simIds: sim === undefined ? [] : [sim],
      accessories: device.kind === 'laptop' ? ['chargeur', 'housse'] : ['chargeur'],
      notes: null,
    }).handover;
    summary.handovers += 1;
    // Some come back: a whole loan, or just the SIM card of a bundle.
    if (programme.defaultKind === 'loan' && index % 7 === 4) {
      const items =
        sim !== undefined && index % 2 === 0 ? created.items.filter((item) => item.type === 'sim') : created.items;
      createReturn(store, actor, {
        items: items.map((item) => ({
          itemId: item.id,
          condition: 'Rayures légères',
          grade: 'B',
          simOutcome: 'restock',
        })),
        returnedOn: later(addDays(today, -3), handedOn),
        missingAccessories: [],
        notes: null,
      });
    } else if (sim !== undefined) {
      const action = index % 12 === 2 ? 'expire' : index % 4 === 0 ? 'activate' : null;
      if (action) setSimStatus(store, actor, { simId: sim, action, note: null });
    }
  }
  return summary;
}
