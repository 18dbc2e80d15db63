import { luhnCheckDigit } from '../../shared/domain/identifiers';
import { openStore } from '../../main/store/store';
import { harnessFor, newSession, type ApiSession, type Harness } from './api';
import { factoryReset, setUpWorkshop, tablet, type Workshop } from './workshop';

/** The day the tests live in: noon, so that no time zone moves the calendar day. */
export const TODAY = '2026-11-20';

/** A fresh in-memory database whose clock is pinned (and can be moved) for due dates and expiry. */
export function pinnedHarness(day = TODAY): Harness & { setDay: (day: string) => void } {
  let now = new Date(`${day}T12:00:00Z`);
  const harness = harnessFor(openStore(':memory:', { clock: () => now }));
  return { ...harness, setDay: (next) => (now = new Date(`${next}T12:00:00Z`)) };
}

export interface LendingDesk extends Workshop {
  coord: ApiSession;
  school: number;
  ase: number;
  institution: number;
  programme: number;
}

/** The workshop plus a coordinator, three partners and a loan programme with targets. */
export function setUpLending(h: Harness): LendingDesk {
  const w = setUpWorkshop(h);
  const coordinator = h.call(w.admin, 'operators.create', { name: 'Sophie Coordination', roles: ['coordinator'] });
  const coord = newSession();
  h.call(coord, 'session.signIn', { operatorId: coordinator.id });
  const partner = (name: string, kind: 'school' | 'child_protection' | 'institution') =>
    h.call(coord, 'partners.create', { name, kind, contactName: 'Accueil', contactPhone: '04 72 00 00 00' }).id;
  const school = partner('Collège Jean Moulin', 'school');
  const ase = partner('ASE Rhône', 'child_protection');
  const institution = partner('Foyer Les Tilleuls', 'institution');
  const programme = h.call(coord, 'programmes.create', {
    name: 'Continuité pédagogique 2026',
    funder: 'Département du Rhône',
    startsOn: '2026-09-01',
    endsOn: '2027-07-15',
    defaultKind: 'loan',
    loanDays: 300,
    agreementVariant: 'standard',
    targets: [
      { item: 'laptop', target: 800 },
      { item: 'tablet', target: 600 },
      { item: 'sim', target: 100 },
    ],
  }).id;
  return { ...w, coord, school, ase, institution, programme };
}

/** A valid French ICCID (Luhn check digit included) from a running number. */
export function iccid(n: number): string {
  const body = `893301${String(n).padStart(12, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
}

export function registerSims(h: Harness, d: LendingDesk, numbers: number[], validityDays: number | null = 30) {
  return h.call(d.coord, 'sims.registerMany', {
    operator: 'Orange',
    planName: 'Mobicarte 20 Go',
    planDataGb: 20,
    planValidityDays: validityDays,
    cards: numbers.map((n) => ({ iccid: iccid(n), pin: '1234', puk: '12345678' })),
  }).sims;
}

/** Tablets taken to ready through the desks: factory reset, verified by a second person, refurbished, checked. */
export function readyTablets(h: Harness, d: LendingDesk, count: number, prefix = 'TAB'): number[] {
  const { devices } = h.call(d.tech, 'devices.registerMany', {
    batchId: d.batchId,
    devices: Array.from({ length: count }, (_, index) => tablet(`${prefix}${String(index).padStart(4, '0')}`)),
  });
  return devices.map(({ id }) => {
    const erasure = factoryReset(h, d.tech, id);
    h.call(d.dso, 'erasure.verify', { erasureId: erasure.erasure.id });
    h.call(d.tech, 'refurbishment.record', { deviceId: id, outcome: 'refurbished', grade: 'B', functional: 'working' });
    h.call(d.tech, 'refurbishment.qualityCheck', { deviceId: id, passed: true });
    return id;
  });
}

export function pupil(h: Harness, d: LendingDesk, reference: string, extra: Record<string, unknown> = {}) {
  return h.call(d.coord, 'beneficiaries.create', {
    partnerId: d.school,
    reference,
    category: 'pupil',
    minor: true,
    firstName: 'Léa',
    lastName: 'Martin',
    address: '12 rue des Lilas, 69100 Villeurbanne',
    guardianName: 'Nora Martin',
    referentName: 'M. Durand (CPE)',
    contactPhone: '06 12 34 56 78',
    consentOn: '2026-11-02',
    ...extra,
  } as never);
}
