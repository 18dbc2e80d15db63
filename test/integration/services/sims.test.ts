import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from '../../helpers/api';
import { iccid, pinnedHarness, registerSims, setUpLending, type LendingDesk } from '../../helpers/lending';
import { databaseFingerprint } from '../../helpers/snapshot';

let h: Harness;
let d: LendingDesk;
beforeEach(() => {
  h = pinnedHarness('2026-11-20');
  d = setUpLending(h);
});
afterEach(() => h.close());

const box = (cards: { iccid: string; phoneNumber?: string | null; pin?: string | null; puk?: string | null }[]) => ({
  operator: 'Bouygues Telecom',
  planName: 'Forfait solidaire 10 Go',
  planDataGb: 10,
  planValidityDays: 30,
  cards,
});

describe('SIM intake', () => {
  it('registers a scanned box, keeps ICCIDs as digits, numbers in E.164, and warns on a wrong check digit', () => {
    const good = iccid(1);
    const spaced = `${good.slice(0, 4)} ${good.slice(4, 10)} ${good.slice(10)}`;
    const badCheck = `${iccid(2).slice(0, -1)}${(Number(iccid(2).slice(-1)) + 1) % 10}`;
    const result = h.call(
      d.coord,
      'sims.registerMany',
      box([
        { iccid: spaced, phoneNumber: '06 12 34 56 78', pin: '0000', puk: '11112222' },
        { iccid: badCheck, phoneNumber: '+33 (0)7 81 23 45 67' },
      ]),
    );
    expect(result.sims.map((sim) => sim.iccid)).toEqual([good, badCheck]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        index: 1,
        code: 'iccid_checksum',
        field: 'cards.1.iccid',
        message: `La clé de contrôle de l’ICCID ${badCheck} ne correspond pas : vérifiez la saisie.`,
      }),
    ]);
    const first = h.call(d.coord, 'sims.get', { iccid: spaced });
    expect(first).toMatchObject({
      phoneNumber: '+33612345678',
      status: 'in_stock',
      hasPin: true,
      hasPuk: true,
      expiresOn: null,
    });
    expect(first).not.toHaveProperty('pin');
    expect(JSON.stringify(first)).not.toContain('11112222');
    expect(h.call(d.coord, 'sims.get', { id: result.sims[1]?.id ?? 0 }).phoneNumber).toBe('+33781234567');
  });

  it('refuses an invalid ICCID naming its line, and writes nothing', () => {
    const before = databaseFingerprint(h.store);
    const error = h.refuse(d.coord, 'sims.registerMany', box([{ iccid: iccid(3) }, { iccid: '8933-ABC' }]));
    expect(error).toMatchObject({
      code: 'iccid_invalid',
      field: 'cards.1.iccid',
      message: 'ICCID « 8933-ABC » invalide : il commence par 89 et compte 19 ou 20 chiffres.',
    });
    expect(databaseFingerprint(h.store)).toBe(before);
  });

  it('refuses duplicates, in the list or already registered, all or nothing', () => {
    registerSims(h, d, [7]);
    const before = databaseFingerprint(h.store);
    expect(
      h.refuse(d.coord, 'sims.registerMany', box([{ iccid: iccid(5) }, { iccid: iccid(6) }, { iccid: iccid(5) }])),
    ).toMatchObject({
      code: 'duplicate_iccid',
      field: 'cards.2.iccid',
      message: `Ligne 3 : l’ICCID ${iccid(5)} figure déjà plus haut dans la liste. Rien n’a été enregistré.`,
    });
    expect(h.refuse(d.coord, 'sims.registerMany', box([{ iccid: iccid(8) }, { iccid: iccid(7) }])).message).toBe(
      `Ligne 2 : l’ICCID ${iccid(7)} est déjà enregistré. Rien n’a été enregistré.`,
    );
    h.call(d.coord, 'sims.update', {
      id: h.call(d.coord, 'sims.get', { iccid: iccid(7) }).id,
      phoneNumber: '0612345678',
      operator: 'Orange',
      planName: 'Mobicarte 20 Go',
    });
    const afterUpdate = databaseFingerprint(h.store);
    expect(
      h.refuse(d.coord, 'sims.registerMany', box([{ iccid: iccid(9), phoneNumber: '+33612345678' }])),
    ).toMatchObject({
      code: 'duplicate_phone_number',
      field: 'cards.0.phoneNumber',
      message: `Le numéro +33612345678 est déjà celui de la carte SIM ${iccid(7)}.`,
    });
    expect(
      h.refuse(d.coord, 'sims.registerMany', box([{ iccid: iccid(9), phoneNumber: '04 72 00 00 00' }])),
    ).toMatchObject({
      code: 'phone_invalid',
      field: 'cards.0.phoneNumber',
    });
    expect(databaseFingerprint(h.store)).toBe(afterUpdate);
    expect(before).not.toBe(afterUpdate);
    expect(h.call(d.coord, 'sims.list', {})).toHaveLength(1);
  });

  it('is for coordinators and administrators', () => {
    expect(h.refuse(d.tech, 'sims.registerMany', box([{ iccid: iccid(1) }])).code).toBe('forbidden_role');
  });
});

describe('top-ups', () => {
  it('compute the expiry from the whole ledger: stacked before expiry, afresh after a lapse', () => {
    const [sim] = registerSims(h, d, [1]);
    const simId = sim?.id ?? 0;
    const first = h.call(d.coord, 'sims.topUp', {
      simId,
      toppedUpOn: '2026-09-01',
      amountCents: 1000,
      programmeId: d.programme,
    });
    expect(first.expiresOn).toBe('2026-10-01');
    // Bought after the lapse: runs from its own date.
    expect(h.call(d.coord, 'sims.topUp', { simId, toppedUpOn: '2026-11-10', amountCents: 1000 }).expiresOn).toBe(
      '2026-12-10',
    );
    // Bought before the expiry: stacks on it, with its own validity.
    const third = h.call(d.coord, 'sims.topUp', {
      simId,
      toppedUpOn: '2026-11-20',
      amountCents: 2500,
      dataGb: 50,
      validityDays: 60,
    });
    expect(third.expiresOn).toBe('2027-02-08');
    // A late entry of an older top-up is placed by its date, and everything after it is recomputed.
    expect(h.call(d.coord, 'sims.topUp', { simId, toppedUpOn: '2026-09-25', amountCents: 1000 }).expiresOn).toBe(
      '2027-02-08',
    );
    expect(third.topUps.map((topUp) => [topUp.toppedUpOn, topUp.programme?.name ?? null])).toEqual([
      ['2026-09-01', 'Continuité pédagogique 2026'],
      ['2026-11-10', null],
      ['2026-11-20', null],
    ]);
    expect(third.history.filter((event) => event.type === 'sim.topped_up')).toHaveLength(3);
  });

  it('refuse a future date, a card without validity, and a deactivated card, writing nothing', () => {
    const [sim] = registerSims(h, d, [1], null);
    const simId = sim?.id ?? 0;
    const before = databaseFingerprint(h.store);
    expect(
      h.refuse(d.coord, 'sims.topUp', { simId, toppedUpOn: '2026-11-21', amountCents: 1000, validityDays: 30 }),
    ).toMatchObject({
      code: 'date_in_future',
      field: 'toppedUpOn',
      message: 'La date 21/11/2026 est dans le futur.',
    });
    expect(h.refuse(d.coord, 'sims.topUp', { simId, amountCents: 1000 })).toMatchObject({
      code: 'invalid_input',
      field: 'validityDays',
      message: 'Validité (jours) : indiquez la durée de validité (le forfait de la carte n’en a pas)',
    });
    expect(databaseFingerprint(h.store)).toBe(before);
    h.call(d.coord, 'sims.setStatus', { simId, action: 'deactivate', note: 'carte cassée' });
    expect(h.refuse(d.coord, 'sims.topUp', { simId, amountCents: 1000, validityDays: 30 }).message).toBe(
      `La carte SIM ${iccid(1)} est à l’état « Désactivée » : elle ne peut pas être rechargée.`,
    );
  });
});

describe('PIN and PUK', () => {
  it('are revealed to coordinators only, each look logged in the same transaction', () => {
    const [sim] = registerSims(h, d, [1]);
    const simId = sim?.id ?? 0;
    expect(h.call(d.coord, 'sims.revealSecrets', { simId })).toEqual({ pin: '1234', puk: '12345678' });
    h.call(d.admin, 'sims.revealSecrets', { simId });
    const views = h
      .call(d.coord, 'sims.get', { id: simId })
      .history.filter((event) => event.type === 'sim.secrets_viewed');
    expect(views.map((event) => event.operator?.name)).toEqual(['Alice Admin', 'Sophie Coordination']);
    expect(JSON.stringify(views)).not.toMatch(/1234|12345678/);

    const before = databaseFingerprint(h.store);
    const refused = h.refuse(d.tech, 'sims.revealSecrets', { simId });
    expect(refused).toMatchObject({ code: 'forbidden_role' });
    expect(refused.message).toBe(
      'Votre rôle (technique) ne permet pas cette opération : il faut le rôle coordination, administration.',
    );
    expect(databaseFingerprint(h.store)).toBe(before);
  });

  it('can be changed or cleared, and the event never carries them', () => {
    const [sim] = registerSims(h, d, [1]);
    const simId = sim?.id ?? 0;
    const plan = { operator: 'Orange', planName: 'Mobicarte 20 Go', planDataGb: 20, planValidityDays: 30 };
    const updated = h.call(d.coord, 'sims.update', { id: simId, ...plan, pin: '9876', puk: null });
    expect(updated).toMatchObject({ hasPin: true, hasPuk: false });
    expect(h.call(d.coord, 'sims.revealSecrets', { simId })).toEqual({ pin: '9876', puk: null });
    expect(updated.history.find((event) => event.type === 'sim.updated')?.payload).toEqual({ changed: ['pin', 'puk'] });
  });
});

describe('SIM status', () => {
  it('follows the SIM lifecycle, with a translated refusal', () => {
    const [sim] = registerSims(h, d, [1]);
    const simId = sim?.id ?? 0;
    const before = databaseFingerprint(h.store);
    expect(h.refuse(d.coord, 'sims.setStatus', { simId, action: 'restock' }).message).toBe(
      `Action « Remettre en stock » impossible pour la carte SIM ${iccid(1)} à l’état « En stock ».`,
    );
    // Allocation is the handover desk's: not a direct action.
    expect(h.refuse(d.coord, 'sims.setStatus', { simId, action: 'allocate' })).toMatchObject({
      code: 'invalid_input',
      field: 'action',
    });
    expect(databaseFingerprint(h.store)).toBe(before);
    const english = { ...d.coord, lang: 'en' as const };
    expect(h.refuse(english, 'sims.setStatus', { simId, action: 'expire' }).message).toBe(
      `Action "Mark expired" is not possible for SIM card ${iccid(1)} in state "In stock".`,
    );
    expect(h.call(d.coord, 'sims.setStatus', { simId, action: 'deactivate' })).toMatchObject({
      status: 'deactivated',
      allowedActions: [],
    });
  });
});
