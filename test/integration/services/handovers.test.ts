import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from '../../helpers/api';
import {
  iccid,
  pinnedHarness,
  pupil,
  readyTablets,
  registerSims,
  setUpLending,
  type LendingDesk,
} from '../../helpers/lending';
import { databaseFingerprint } from '../../helpers/snapshot';
import { laptop, makeReady } from '../../helpers/workshop';

let h: Harness;
let d: LendingDesk;
beforeEach(() => {
  h = pinnedHarness('2026-11-20');
  d = setUpLending(h);
});
afterEach(() => h.close());

const toPupil = (
  beneficiaryId: number,
  items: { deviceIds?: number[]; simIds?: number[] },
  extra: Record<string, unknown> = {},
) => ({
  recipient: { type: 'beneficiary' as const, beneficiaryId },
  programmeId: d.programme,
  ...items,
  ...extra,
});

describe('a bundle lent to a minor', () => {
  it('allocates a ready laptop, a SIM in stock and a charger at once, with one record of the terms', () => {
    const laptopId = makeReady(h, d, 'LAP-1');
    const [sim] = registerSims(h, d, [1]);
    const simId = sim?.id ?? 0;
    h.call(d.coord, 'sims.topUp', { simId, amountCents: 1500, programmeId: d.programme });
    const person = pupil(h, d, 'EL-2026-001');

    const { handover, warnings } = h.call(
      d.coord,
      'handovers.create',
      toPupil(person.id, { deviceIds: [laptopId], simIds: [simId] }, { accessories: ['chargeur'] }),
    );

    expect(handover).toMatchObject({
      number: 'RM-2026-0001',
      kind: 'loan',
      handedOn: '2026-11-20',
      dueOn: '2027-09-16',
      closedOn: null,
      recipientLabel: 'EL-2026-001 — Léa Martin',
      referringPartner: { name: 'Collège Jean Moulin' },
      itemCount: 2,
      openItems: 2,
    });
    expect(handover.terms).toMatchObject({
      kind: 'loan',
      dueOn: '2027-09-16',
      programme: { name: 'Continuité pédagogique 2026', agreementVariant: 'standard' },
      recipient: {
        type: 'beneficiary',
        lastName: 'Martin',
        minor: true,
        guardianName: 'Nora Martin',
        guardianRole: 'guardian',
      },
      referringPartner: { name: 'Collège Jean Moulin', referentName: 'M. Durand (CPE)' },
      items: [
        { type: 'device', assetTag: 'RB-000001', serial: 'LAP-1', make: 'Dell', model: 'Latitude 7490', grade: 'A' },
        { type: 'sim', iccid: iccid(1), operator: 'Orange', planName: 'Mobicarte 20 Go' },
      ],
      accessories: ['chargeur'],
    });
    expect(h.call(d.coord, 'devices.get', { id: laptopId }).status).toBe('allocated');
    expect(h.call(d.coord, 'sims.get', { id: simId }).status).toBe('allocated');
    expect(h.call(d.coord, 'devices.get', { id: laptopId }).history[0]).toMatchObject({
      type: 'lifecycle.allocate',
      payload: { from: 'ready', to: 'allocated', handover: 'RM-2026-0001' },
    });
    // The loan outlasts the programme, the SIM's credit ends long before the due date and it has no number: the
    // desk is told, the handover is not blocked.
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'due_after_programme_end', key: 'due_after_programme_end' }),
      expect.objectContaining({
        code: 'sim_expires_before_due',
        message: `Le forfait de la carte SIM ${iccid(1)} expire le 20/12/2026, avant la date de retour (16/09/2027).`,
      }),
      expect.objectContaining({ code: 'sim_without_number', key: `sim_without_number:sim:${simId}` }),
    ]);
    // The event log is kept for ever: it names no one.
    const events = h.call(d.coord, 'events.forEntity', { entity: 'handover', entityId: handover.id });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toMatch(/Martin|Léa|Lilas|EL-2026-001/);
  });

  it('names the handover, the person and the SIM in the activity feed by number, reference code and ICCID only', () => {
    const laptopId = makeReady(h, d, 'LAP-1');
    const [sim] = registerSims(h, d, [1]);
    const person = pupil(h, d, 'EL-2026-001');
    h.call(d.coord, 'handovers.create', toPupil(person.id, { deviceIds: [laptopId], simIds: [sim?.id ?? 0] }));
    const recent = h.call(d.coord, 'events.recent', { limit: 200 });
    const subjectOf = (entity: string) => recent.find((event) => event.entity === entity)?.subject;
    expect(subjectOf('handover')).toBe('RM-2026-0001');
    expect(subjectOf('beneficiary')).toBe('EL-2026-001');
    expect(subjectOf('sim')).toBe(iccid(1));
    expect(subjectOf('programme')).toBeTruthy();
    expect(JSON.stringify(recent.map((event) => event.subject))).not.toContain('Martin');
  });

  it('is refused without the guardian, naming the field, in French and in English', () => {
    const before = databaseFingerprint(h.store);
    const error = h.refuse(d.coord, 'beneficiaries.create', {
      partnerId: d.school,
      reference: 'EL-2026-002',
      category: 'pupil',
      minor: true,
      firstName: 'Yanis',
    });
    expect(error).toMatchObject({
      code: 'guardian_required',
      field: 'guardianName',
      message: 'Bénéficiaire mineur : indiquez le représentant légal, qui signe la convention avec lui.',
    });
    const inCare = { partnerId: d.ase, reference: 'ASE-77', category: 'child_in_care', minor: true };
    expect(h.refuse(d.coord, 'beneficiaries.create', inCare).message).toBe(
      'Bénéficiaire mineur : indiquez le référent responsable du service de protection de l’enfance, qui signe la convention avec lui.',
    );
    expect(h.refuse({ ...d.coord, lang: 'en' }, 'beneficiaries.create', inCare).message).toBe(
      'Minor beneficiary: give the responsible referent of the child-protection service, who signs the agreement with them.',
    );
    expect(databaseFingerprint(h.store)).toBe(before);
    // The database refuses it too, whatever code writes.
    expect(() =>
      h.store.db
        .prepare(
          `INSERT INTO beneficiaries (partner_id, reference, category, minor, created_at, updated_at)
           VALUES (?, 'X', 'pupil', 1, 'now', 'now')`,
        )
        .run(d.school),
    ).toThrow(/CHECK constraint failed/);
  });

  it('normalises the contact mobile to E.164 and refuses a landline for it', () => {
    expect(pupil(h, d, 'EL-3', { contactPhone: '+33 6 98 76 54 32' }).contactPhone).toBe('+33698765432');
    const adult = { partnerId: d.school, reference: 'EL-4', category: 'pupil', minor: false };
    expect(h.refuse(d.coord, 'beneficiaries.create', { ...adult, contactPhone: '04 72 00 00 00' })).toMatchObject({
      code: 'phone_invalid',
      field: 'contactPhone',
    });
    expect(
      h.refuse(d.coord, 'beneficiaries.create', {
        partnerId: d.school,
        reference: 'EL-3',
        category: 'pupil',
        minor: false,
      }).message,
    ).toBe('La référence EL-3 est déjà attribuée par Collège Jean Moulin.');
  });
});

describe('a set for an institution', () => {
  it('hands 50 tablets to a partner institution in one handover', () => {
    const tablets = readyTablets(h, d, 50);
    const { handover } = h.call(d.coord, 'handovers.create', {
      recipient: { type: 'partner', partnerId: d.institution },
      programmeId: d.programme,
      deviceIds: tablets,
      accessories: ['50 chargeurs', 'chariot de rechargement'],
    });
    expect(handover).toMatchObject({
      recipientType: 'partner',
      recipientLabel: 'Foyer Les Tilleuls',
      itemCount: 50,
      openItems: 50,
    });
    expect(handover.referringPartner.name).toBe('Foyer Les Tilleuls');
    expect(handover.terms.items).toHaveLength(50);
    expect(h.call(d.tech, 'inventory.countsByStatus', {})).toMatchObject({ allocated: 50, ready: 0 });
    expect(h.call(d.coord, 'events.forEntity', { entity: 'handover', entityId: handover.id })).toHaveLength(1);
    const progress = h.call(d.tech, 'programmes.progress', { programmeId: d.programme });
    expect(progress.items).toEqual([
      { item: 'laptop', target: 800, handedOut: 0, stillOut: 0 },
      { item: 'tablet', target: 600, handedOut: 50, stillOut: 50 },
      { item: 'sim', target: 100, handedOut: 0, stillOut: 0 },
    ]);
    expect(progress).toMatchObject({ handovers: 1, loans: 1, donations: 0, beneficiaries: 0, institutions: 1 });
  });
});

describe('items that cannot be handed over', () => {
  it('a SIM already handed over is refused with a clear message, and nothing is written', () => {
    const [sim] = registerSims(h, d, [1]);
    const simId = sim?.id ?? 0;
    const first = makeReady(h, d, 'LAP-1');
    const second = makeReady(h, d, 'LAP-2');
    h.call(d.coord, 'handovers.create', toPupil(pupil(h, d, 'EL-1').id, { deviceIds: [first], simIds: [simId] }));
    const other = pupil(h, d, 'EL-2').id;

    const check = h.call(d.coord, 'handovers.check', { deviceIds: [second], simIds: [simId] });
    const message = `La carte SIM ${iccid(1)} est déjà remise (remise RM-2026-0001 du 20/11/2026) : enregistrez d’abord son retour.`;
    expect(check.ok).toBe(false);
    expect(check.lines.map((line) => [line.label, line.problem?.message ?? null])).toEqual([
      ['RB-000002', null],
      [iccid(1), message],
    ]);

    const before = databaseFingerprint(h.store);
    const error = h.refuse(d.coord, 'handovers.create', toPupil(other, { deviceIds: [second], simIds: [simId] }));
    expect(error).toMatchObject({
      code: 'handover_refused',
      field: 'items',
      message: '1 élément refusé : rien n’a été remis.',
    });
    expect(error.refusals).toEqual([{ deviceId: 0, assetTag: iccid(1), code: 'sim_already_allocated', message }]);
    expect(databaseFingerprint(h.store)).toBe(before);
    expect(h.call(d.coord, 'devices.get', { id: second }).status).toBe('ready');
  });

  it('a device that is not ready is refused with its reason, as are duplicates and unknown items', () => {
    const ready = makeReady(h, d, 'LAP-1');
    const fresh = h.call(d.tech, 'devices.register', { batchId: d.batchId, device: laptop('LAP-2') }).device.id;
    const [sim] = registerSims(h, d, [1]);
    h.call(d.coord, 'sims.setStatus', { simId: sim?.id ?? 0, action: 'deactivate' });
    const person = pupil(h, d, 'EL-1').id;
    const before = databaseFingerprint(h.store);
    const error = h.refuse(
      d.coord,
      'handovers.create',
      toPupil(person, { deviceIds: [ready, fresh, ready, 999], simIds: [sim?.id ?? 0] }),
    );
    expect(error.code).toBe('handover_refused');
    expect(error.refusals?.map((refusal) => refusal.message)).toEqual([
      'L’appareil RB-000002 est à l’état « Réceptionné » : seul un appareil prêt peut être remis.',
      'RB-000001 a été scanné deux fois.',
      'Appareil introuvable (999).',
      `La carte SIM ${iccid(1)} est à l’état « Désactivée » : seule une carte en stock peut être remise.`,
    ]);
    expect(databaseFingerprint(h.store)).toBe(before);
    expect(
      h.call({ ...d.coord, lang: 'en' }, 'handovers.check', { deviceIds: [fresh] }).lines[0]?.problem?.message,
    ).toBe('Device RB-000002 is in state "Received": only a ready device can be handed over.');
  });
});

describe('terms', () => {
  it('check the due date, the handover date and who may hand over', () => {
    const device = makeReady(h, d, 'LAP-1');
    const person = pupil(h, d, 'EL-1').id;
    const openEnded = h.call(d.coord, 'programmes.create', {
      name: 'Prêts sans durée',
      startsOn: '2026-01-01',
      defaultKind: 'loan',
    });
    const before = databaseFingerprint(h.store);
    expect(
      h.refuse(d.coord, 'handovers.create', toPupil(person, { deviceIds: [device] }, { dueOn: '2026-11-20' })).message,
    ).toBe('La date de retour (20/11/2026) doit être après la date de remise (20/11/2026).');
    expect(
      h.refuse(d.coord, 'handovers.create', toPupil(person, { deviceIds: [device] }, { handedOn: '2026-12-01' })),
    ).toMatchObject({
      code: 'date_in_future',
      field: 'handedOn',
    });
    expect(h.refuse(d.coord, 'handovers.create', toPupil(person, {}))).toMatchObject({ code: 'handover_empty' });
    expect(h.refuse(d.tech, 'handovers.create', toPupil(person, { deviceIds: [device] })).code).toBe('forbidden_role');
    expect(
      h.refuse(d.coord, 'handovers.create', toPupil(person, { deviceIds: [device] }, { programmeId: openEnded.id }))
        .message,
    ).toBe('Indiquez la date de retour : le programme « Prêts sans durée » n’a pas de durée de prêt par défaut.');
    expect(databaseFingerprint(h.store)).toBe(before);
    // With its own due date the same loan goes through.
    const ownTerms = { programmeId: openEnded.id, dueOn: '2027-06-30' };
    const { handover } = h.call(d.coord, 'handovers.create', toPupil(person, { deviceIds: [device] }, ownTerms));
    expect(handover.dueOn).toBe('2027-06-30');
  });

  it('a donation has no due date and is closed on the day', () => {
    const device = makeReady(h, d, 'LAP-1');
    const adult = h.call(d.coord, 'beneficiaries.create', {
      partnerId: d.school,
      reference: 'RSA-1',
      category: 'welfare_recipient',
      minor: false,
    });
    const { handover } = h.call(d.coord, 'handovers.create', {
      recipient: { type: 'beneficiary', beneficiaryId: adult.id },
      programmeId: d.programme,
      kind: 'donation',
      handedOn: '2026-11-18',
      dueOn: '2027-01-01',
      deviceIds: [device],
    });
    expect(handover).toMatchObject({
      kind: 'donation',
      dueOn: null,
      closedOn: '2026-11-18',
      terms: { kind: 'donation', dueOn: null },
    });
    expect(h.call(d.coord, 'followUp.loans', {}).rows).toEqual([]);
    expect(h.call(d.coord, 'programmes.progress', { programmeId: d.programme })).toMatchObject({
      donations: 1,
      beneficiaries: 1,
      byCategory: [{ category: 'welfare_recipient', beneficiaries: 1 }],
    });
  });
});
