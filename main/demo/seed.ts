import type { DeviceSpec } from '../../shared/contract/intake';
import type { DeviceState } from '../../shared/domain/lifecycle';
import { localDay } from '../../shared/domain/lending';
import { FACTORY_RESET_CHECKLIST, type DonorKind, type OperatorRole } from '../../shared/domain/values';
import { recordErasure, verifyErasure } from '../services/erasure';
import { createBatch, createDonor, registerDevices } from '../services/intake';
import { applyAction } from '../services/lifecycle';
import { updateOrganisation } from '../services/organisation';
import { actorFor, createOperator, listOperators, setUp } from '../services/people';
import { recordRecycling } from '../services/recycling';
import { qualityCheck, recordRefurbishment } from '../services/refurbishment';
import type { Actor } from '../services/unit-of-work';
import type { Store } from '../store/store';
import { DemoDevices } from './catalogue';
import { seedLending, type LendingSummary } from './lending';
import { Random } from './random';

export interface DemoOptions {
  devices: number;
  seed?: number;
  /** The last day batches may have been received. */
  today?: Date;
  /** How many ready devices go out on loan or as gifts (default 40, enough to show every screen); a third of the ready stock at most. */
  devicesLent?: number;
}

/** Where the demo leaves its devices, as shares of the whole: a warehouse a few months into the year. */
const TARGETS: readonly [DeviceState, number][] = [
  ['received', 0.05],
  ['awaiting_erasure', 0.08],
  ['quarantined', 0.02],
  ['erased', 0.07],
  ['in_refurbishment', 0.1],
  ['ready', 0.36],
  ['to_recycle', 0.05],
  ['recycled', 0.22],
  ['harvested', 0.04],
  ['lost_stolen', 0.01],
];

const STAFF: readonly [string, OperatorRole[]][] = [
  ['Nadia Benali', ['data_security_officer']],
  ['Lucas Girard', ['data_security_officer', 'technician']],
  ['Inès Moreau', ['technician']],
  ['Hugo Petit', ['technician']],
  ['Sophie Laurent', ['coordinator']],
];

const DONORS: readonly [string, DonorKind][] = [
  ['Banque Régionale du Rhône', 'company'],
  ['Assurances Confluence', 'company'],
  ['Fondation Solidarité Numérique', 'foundation'],
  ['Département du Rhône', 'public_body'],
  ['Métropole de Lyon', 'public_body'],
  ['Dons de particuliers', 'individual'],
];

const DEMO_ORGANISATION = {
  name: 'Rebond Villeurbanne',
  address: '12 rue Francis de Pressensé\n69100 Villeurbanne',
  registration: 'RNA W000000000 (démonstration)',
  phone: '04 78 00 00 00',
  email: 'contact@rebond-demo.example',
  signatoryName: 'Camille Martin',
  signatoryTitle: 'Coordinatrice',
  dpoContact: 'dpo@rebond-demo.example',
  logo: null,
  timeZone: null,
};

interface Crew {
  admin: Actor;
  verifier: Actor;
  technicians: Actor[];
}

function crew(store: Store): Crew {
  if (store.people.operatorCount() === 0) {
    setUp(store, {
      siteName: 'Atelier de Villeurbanne',
      operatorName: 'Camille Martin',
      organisation: 'Rebond Villeurbanne',
    });
    const founder = listOperators(store, true)[0];
    // A fictitious but complete identity: an agreement is refused without address, registration and contact.
    if (founder) updateOrganisation(store, actorFor(store, founder.id), DEMO_ORGANISATION);
  }
  const existing = new Set(listOperators(store, false).map((operator) => operator.name));
  const admin = listOperators(store, true).find((operator) => operator.roles.includes('admin'));
  if (!admin) throw new Error('no active administrator');
  for (const [name, roles] of STAFF) {
    if (!existing.has(name)) createOperator(store, actorFor(store, admin.id), { name, roles });
  }
  const active = listOperators(store, true);
  const byName = (name: string) => {
    const operator = active.find((candidate) => candidate.name === name);
    if (!operator) throw new Error(`demo operator ${name} is missing or inactive`);
    return actorFor(store, operator.id);
  };
  return {
    admin: actorFor(store, admin.id),
    verifier: byName('Nadia Benali'),
    technicians: [byName('Inès Moreau'), byName('Hugo Petit'), byName('Lucas Girard')],
  };
}

function targetFor(random: Random): DeviceState {
  let roll = random.next();
  for (const [state, share] of TARGETS) {
    roll -= share;
    if (roll < 0) return state;
  }
  return 'ready';
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

class Progress {
  constructor(
    private readonly store: Store,
    private readonly crew: Crew,
    private readonly random: Random,
  ) {}

  private tech(): Actor {
    return this.random.pick(this.crew.technicians);
  }

  private erase(deviceId: number, spec: DeviceSpec, day: string, result: 'success' | 'failed'): number[] {
    const tech = this.tech();
    const started = `${day}T09:${String(this.random.int(10, 59)).padStart(2, '0')}:00.000Z`;
    const ended = `${day}T11:${String(this.random.int(10, 59)).padStart(2, '0')}:00.000Z`;
    const drives = this.store.erasures.driveIds(deviceId);
    const wholeDevice = spec.kind === 'tablet' || spec.kind === 'phone' || drives.length === 0;
    const subjects = wholeDevice ? [null] : drives;
    return subjects.map((driveId) => {
      const nvme = spec.drives[0]?.type === 'nvme';
      const outcome = recordErasure(this.store, tech, {
        deviceId,
        driveId,
        level: 'purge',
        technique: wholeDevice ? 'factory_reset' : nvme ? 'nvme_sanitize' : 'ata_secure_erase',
        passes: null,
        tool: wholeDevice ? 'Réinitialisation constructeur' : 'nwipe',
        toolVersion: wholeDevice ? '' : '0.37',
        startedAt: started,
        endedAt: ended,
        result,
        verification: 'full',
        checklist: wholeDevice ? [...FACTORY_RESET_CHECKLIST] : [],
        destination: 'external_reuse',
        evidenceText: wholeDevice ? null : `nwipe report: ${spec.drives[0]?.serial ?? ''} erased, 0 errors`,
        evidenceSha256: null,
        notes: null,
        backup: 'no',
        backupLocation: null,
        classificationAfter: 'Non classifié (aucune donnée)',
        command: wholeDevice
          ? null
          : nvme
            ? 'nvme sanitize -a 2 /dev/nvme0'
            : 'hdparm --security-erase-enhanced NULL /dev/sda',
        osVersion: wholeDevice ? (spec.make === 'Apple' ? 'iPadOS 17.5' : 'Android 13') : null,
      });
      return outcome.erasure.id;
    });
  }

  private eraseAndVerify(deviceId: number, spec: DeviceSpec, day: string): void {
    for (const erasureId of this.erase(deviceId, spec, day, 'success')) {
      verifyErasure(this.store, this.crew.verifier, { erasureId, notes: null });
    }
  }

  private refurbish(deviceId: number, graded: boolean): void {
    const grade = this.random.pick(['A', 'A', 'B', 'B', 'B', 'C'] as const);
    recordRefurbishment(this.store, this.tech(), {
      deviceId,
      diagnostics: { power_on: 'pass', screen: 'pass', battery: 'pass', wifi: 'pass', charging: 'pass' },
      parts: this.random.next() < 0.2 ? [{ name: 'Batterie', quantity: 1, costCents: 3490 }] : [],
      labourMinutes: this.random.int(15, 90),
      grade: graded ? grade : null,
      functional: graded ? 'working' : null,
      batteryHealth: null,
      outcome: 'refurbished',
      notes: null,
    });
  }

  /** Takes one freshly registered device to its target state through the services, as the desks would. */
  run(deviceId: number, spec: DeviceSpec, target: DeviceState, day: string, toRecycle: number[]): void {
    const act = (action: Parameters<typeof applyAction>[2]['action']) =>
      applyAction(this.store, this.tech(), { deviceIds: [deviceId], action, note: null });
    switch (target) {
      case 'received':
        return;
      case 'awaiting_erasure':
        act('queue_erasure');
        return;
      case 'quarantined':
        this.erase(deviceId, spec, day, 'failed');
        return;
      case 'lost_stolen':
        act('report_lost');
        return;
      default:
        break;
    }
    this.eraseAndVerify(deviceId, spec, day);
    if (target === 'erased') return;
    if (target === 'harvested') return void act('harvest');
    if (target === 'to_recycle' || target === 'recycled') {
      act('send_to_recycling');
      if (target === 'recycled') toRecycle.push(deviceId);
      return;
    }
    this.refurbish(deviceId, target === 'ready');
    if (target === 'ready') qualityCheck(this.store, this.tech(), { deviceId, passed: true, notes: null });
  }
}

export interface DemoSummary {
  devices: number;
  batches: number;
  lending: LendingSummary;
}

/** Seeds a realistic dataset through the same services the desks use, so every rule and event holds. */
export function seedDemo(store: Store, options: DemoOptions): DemoSummary {
  const random = new Random(options.seed ?? 2020);
  const today = options.today ?? new Date();
  const team = crew(store);
  const progress = new Progress(store, team, random);
  const generator = new DemoDevices(random);
  const site = store.people.listSites().find((candidate) => candidate.active);
  if (!site) throw new Error('no active site');
  const donors = DONORS.map(([name, kind]) => {
    const existing = store.people.listDonors().find((donor) => donor.name === name);
    return existing ?? createDonor(store, team.admin, { name, kind, contact: null });
  });
  let remaining = options.devices;
  let batches = 0;
  while (remaining > 0) {
    const size = Math.min(remaining, random.int(40, 400));
    const received = new Date(today.getTime() - random.int(1, 330) * 86_400_000);
    const day = isoDay(received);
    const batch = createBatch(store, team.admin, {
      donorId: random.pick(donors).id,
      siteId: site.id,
      receivedOn: day,
      expectedCount: size + (random.next() < 0.2 ? random.int(1, 5) : 0),
      notes: null,
    });
    const specs = Array.from({ length: size }, () => generator.next());
    store.db.transaction(() => {
      const { devices } = registerDevices(store, random.pick(team.technicians), batch.id, specs);
      const toRecycle: number[] = [];
      devices.forEach((device, index) => {
        const spec = specs[index];
        if (spec) progress.run(device.id, spec, targetFor(random), day, toRecycle);
      });
      if (toRecycle.length > 0) {
        recordRecycling(store, team.admin, {
          deviceIds: toRecycle,
          recycler: 'Envie Rhône DEEE',
          pickupDate: day,
          weightKg: Math.round(toRecycle.length * 2.1 * 10) / 10,
          certificateRef: `DEEE-${day.replaceAll('-', '')}-${batch.id}`,
          notes: null,
          // A made-up operator and contract, and a Trackdéchets-shaped number: the demo's waste register.
          wasteCode: '16 02 13*',
          recyclerKind: 'operator',
          contractRef: 'Contrat DEEE 2026-042',
          transportDocument: `BSD-${day.replaceAll('-', '')}-${String(batch.id).padStart(9, '0')}`,
        });
      }
    })();
    remaining -= size;
    batches += 1;
  }
  const lending = seedLending(store, team.admin, random, localDay(today), options.devicesLent);
  return { devices: options.devices, batches, lending };
}
