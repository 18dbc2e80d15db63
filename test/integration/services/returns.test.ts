import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { iccid, pinnedHarness, pupil, registerSims, setUpLending, type LendingDesk } from '../../helpers/lending';
import { databaseFingerprint } from '../../helpers/snapshot';
import { eraseDrive, makeReady } from '../../helpers/workshop';

let h: ReturnType<typeof pinnedHarness>;
let d: LendingDesk;
beforeEach(() => {
  h = pinnedHarness('2026-11-20');
  d = setUpLending(h);
});
afterEach(() => h.close());

/** A laptop and a SIM lent to a pupil; returns the ids. */
function lendBundle(serial: string, reference: string, simNumber: number, extra: Record<string, unknown> = {}) {
  const deviceId = makeReady(h, d, serial);
  const simId = registerSims(h, d, [simNumber])[0]?.id ?? 0;
  const person = pupil(h, d, reference);
  const { handover } = h.call(d.coord, 'handovers.create', {
    recipient: { type: 'beneficiary', beneficiaryId: person.id },
    programmeId: d.programme,
    deviceIds: [deviceId],
    simIds: [simId],
    accessories: ['chargeur'],
    ...extra,
  });
  return { deviceId, simId, handover, person };
}

describe('returns', () => {
  it('send the laptop back to erasure (it can be erased, refurbished and lent again) and the SIM to stock', () => {
    const { deviceId, simId, handover } = lendBundle('LAP-1', 'EL-1', 1);
    // A technician scans the asset tag as printed, in any case; the person's address stays hidden from them.
    const found = h.call(d.tech, 'returns.lookup', { scan: 'rb-000001' });
    expect(found.handover).toMatchObject({
      id: handover.id,
      masked: true,
      terms: { recipient: { address: null, lastName: 'Martin' } },
    });
    const laptopItem = found.handover.items.find((item) => item.deviceId === deviceId);
    const simItem = found.handover.items.find((item) => item.simId === simId);
    expect(found.itemId).toBe(laptopItem?.id);

    const result = h.call(d.tech, 'returns.create', {
      items: [
        { itemId: laptopItem?.id ?? 0, condition: 'Écran rayé', grade: 'B' },
        { itemId: simItem?.id ?? 0, simOutcome: 'restock' },
      ],
      missingAccessories: ['chargeur'],
    });
    expect(result.return).toMatchObject({
      number: 'RT-2026-0001',
      returnedOn: '2026-11-20',
      itemIds: [laptopItem?.id, simItem?.id],
      missingAccessories: ['chargeur'],
      recordedBy: { name: 'Théo Technicien' },
    });
    expect(result.handover).toMatchObject({ closedOn: '2026-11-20', openItems: 0 });
    expect(result.handover.items.find((item) => item.deviceId === deviceId)?.returned).toMatchObject({
      returnNumber: 'RT-2026-0001',
      condition: 'Écran rayé',
      grade: 'B',
    });

    const device = h.call(d.tech, 'devices.get', { id: deviceId });
    expect(device.status).toBe('awaiting_erasure');
    expect(device.history.slice(0, 2).map((event) => event.type)).toEqual([
      'lifecycle.queue_erasure',
      'lifecycle.record_return',
    ]);
    expect(h.call(d.coord, 'sims.get', { id: simId }).status).toBe('in_stock');
    expect(h.call(d.coord, 'handovers.check', { deviceIds: [deviceId] }).lines[0]?.problem?.message).toBe(
      'L’appareil RB-000001 est à l’état « À effacer » : seul un appareil prêt peut être remis.',
    );

    // Erased again, verified by a second person, back through the workshop: ready, and lent again.
    const erasure = eraseDrive(h, d.tech, deviceId, device.drives[0]?.id ?? 0);
    expect(h.call(d.dso, 'erasure.verify', { erasureId: erasure.erasure.id }).deviceStatus).toBe('erased');
    h.call(d.tech, 'refurbishment.record', { deviceId, outcome: 'refurbished', grade: 'B', functional: 'working' });
    expect(h.call(d.tech, 'refurbishment.qualityCheck', { deviceId, passed: true }).deviceStatus).toBe('ready');
    const again = h.call(d.coord, 'handovers.create', {
      recipient: { type: 'beneficiary', beneficiaryId: pupil(h, d, 'EL-2').id },
      programmeId: d.programme,
      deviceIds: [deviceId],
      simIds: [simId],
    });
    expect(again.handover).toMatchObject({
      number: 'RM-2026-0002',
      terms: { items: [{ grade: 'B' }, { iccid: iccid(1) }] },
    });
  });

  it('never let a returned device go out again on its proof, quality check or grade from before the loan', () => {
    const { deviceId, handover } = lendBundle('LAP-1', 'EL-1', 1);
    h.call(d.tech, 'returns.create', { items: handover.items.map((item) => ({ itemId: item.id })) });
    const returned = h.call(d.tech, 'devices.get', { id: deviceId });
    // The drive's old verified erasure no longer counts: the device page shows it as not erased.
    expect(returned.drives.map((drive) => drive.erasure)).toEqual(['none']);
    expect(returned.erasures).toHaveLength(1);
    expect(returned.allowedActions).not.toContain('confirm_erasure');

    const before = databaseFingerprint(h.store);
    const refused = h.refuse(d.tech, 'devices.applyAction', { deviceIds: [deviceId], action: 'confirm_erasure' });
    expect(refused.refusals?.[0]?.code).toBe('guard_erasure_proven');
    expect(databaseFingerprint(h.store)).toBe(before);

    // Erased and verified again, it still needs a new pass at the bench and a new quality check to be ready.
    const erasure = eraseDrive(h, d.tech, deviceId, returned.drives[0]?.id ?? 0);
    expect(h.call(d.dso, 'erasure.verify', { erasureId: erasure.erasure.id }).deviceStatus).toBe('erased');
    h.call(d.tech, 'devices.applyAction', { deviceIds: [deviceId], action: 'start_refurbishment' });
    const notChecked = h.refuse(d.tech, 'devices.applyAction', { deviceIds: [deviceId], action: 'mark_ready' });
    expect(notChecked.refusals?.[0]?.code).toBe('guard_qc_passed');
    h.call(d.tech, 'refurbishment.record', { deviceId, outcome: 'refurbished', grade: 'B', functional: 'working' });
    expect(h.call(d.tech, 'refurbishment.qualityCheck', { deviceId, passed: true }).deviceStatus).toBe('ready');
  });

  it('may be partial: the handover stays open until its last item is back', () => {
    const { deviceId, simId, handover } = lendBundle('LAP-1', 'EL-1', 1);
    const simItem = handover.items.find((item) => item.simId === simId);
    const laptopItem = handover.items.find((item) => item.deviceId === deviceId);
    const partial = h.call(d.tech, 'returns.create', {
      items: [{ itemId: simItem?.id ?? 0, simOutcome: 'deactivate' }],
    });
    expect(partial.handover).toMatchObject({ closedOn: null, openItems: 1 });
    expect(h.call(d.coord, 'sims.get', { id: simId }).status).toBe('deactivated');
    expect(h.call(d.coord, 'devices.get', { id: deviceId }).status).toBe('allocated');
    expect(h.call(d.coord, 'followUp.loans', {}).rows.map((row) => row.id)).toEqual([handover.id]);

    const before = databaseFingerprint(h.store);
    expect(h.refuse(d.tech, 'returns.lookup', { scan: iccid(1) }).message).toBe(
      `Aucun prêt ni don en cours pour « ${iccid(1)} ».`,
    );
    expect(h.refuse(d.tech, 'returns.create', { items: [{ itemId: simItem?.id ?? 0 }] }).message).toBe(
      `${iccid(1)} a déjà été rendu le 20/11/2026.`,
    );
    expect(databaseFingerprint(h.store)).toBe(before);

    h.setDay('2026-11-27');
    const rest = h.call(d.tech, 'returns.create', { items: [{ itemId: laptopItem?.id ?? 0 }] });
    expect(rest.handover).toMatchObject({ closedOn: '2026-11-27', openItems: 0 });
    expect(rest.handover.returns.map((record) => [record.number, record.returnedOn])).toEqual([
      ['RT-2026-0001', '2026-11-20'],
      ['RT-2026-0002', '2026-11-27'],
    ]);
    expect(h.call(d.coord, 'followUp.loans', {}).rows).toEqual([]);
  });

  it('take one handover at a time, and refuse unknown items and a date before the handover', () => {
    const first = lendBundle('LAP-1', 'EL-1', 1);
    const second = lendBundle('LAP-2', 'EL-2', 2);
    const before = databaseFingerprint(h.store);
    const mixed = h.refuse(d.tech, 'returns.create', {
      items: [{ itemId: first.handover.items[0]?.id ?? 0 }, { itemId: second.handover.items[0]?.id ?? 0 }],
    });
    expect(mixed.message).toBe(
      'Ces éléments viennent de remises différentes (RM-2026-0001, RM-2026-0002) : enregistrez un retour par remise.',
    );
    expect(h.refuse(d.tech, 'returns.create', { items: [{ itemId: 999 }] })).toMatchObject({
      code: 'item_not_in_handover',
      field: 'items.0.itemId',
    });
    expect(
      h.refuse(d.tech, 'returns.create', {
        items: [{ itemId: first.handover.items[0]?.id ?? 0 }],
        returnedOn: '2026-11-01',
      }),
    ).toMatchObject({
      code: 'invalid_input',
      message: 'Date de retour : le retour ne peut pas précéder la remise',
    });
    expect(databaseFingerprint(h.store)).toBe(before);
    // Found by the card's ICCID too.
    expect(h.call(d.tech, 'returns.lookup', { scan: iccid(2) }).handover.id).toBe(second.handover.id);
  });
});

describe('follow-up', () => {
  it('lists overdue loans and loans due soon, by partner and programme, as the calendar moves', () => {
    const overdue = lendBundle('LAP-1', 'EL-1', 1, { handedOn: '2025-12-01', dueOn: '2026-11-01' });
    const soon = lendBundle('LAP-2', 'EL-2', 2, { handedOn: '2026-05-01', dueOn: '2026-11-25' });
    const later = lendBundle('LAP-3', 'EL-3', 3);
    const ase = h.call(d.coord, 'beneficiaries.create', {
      partnerId: d.ase,
      reference: 'ASE-1',
      category: 'child_in_care',
      minor: true,
      guardianName: 'Mme Référente ASE',
    });
    const aseLoan = h.call(d.coord, 'handovers.create', {
      recipient: { type: 'beneficiary', beneficiaryId: ase.id },
      programmeId: d.programme,
      deviceIds: [makeReady(h, d, 'LAP-4')],
      handedOn: '2026-01-10',
      dueOn: '2026-10-10',
    }).handover;

    const late = h.call(d.tech, 'followUp.loans', { view: 'overdue', groupBy: 'partner' });
    expect(late.asOf).toBe('2026-11-20');
    expect(late.rows.map((row) => [row.number, row.daysOverdue])).toEqual([
      [aseLoan.number, 41],
      [overdue.handover.number, 19],
    ]);
    expect(late.groups).toEqual([
      { id: d.ase, name: 'ASE Rhône', loans: 1, overdue: 1 },
      { id: d.school, name: 'Collège Jean Moulin', loans: 1, overdue: 1 },
    ]);
    expect(
      h.call(d.tech, 'followUp.loans', { view: 'overdue', partnerId: d.school }).rows.map((row) => row.id),
    ).toEqual([overdue.handover.id]);
    expect(h.call(d.tech, 'followUp.loans', { view: 'due_soon', withinDays: 7 }).rows.map((row) => row.id)).toEqual([
      soon.handover.id,
    ]);
    const all = h.call(d.tech, 'followUp.loans', { view: 'active', groupBy: 'programme' });
    expect(all.rows.map((row) => row.id)).toEqual([
      aseLoan.id,
      overdue.handover.id,
      soon.handover.id,
      later.handover.id,
    ]);
    expect(all.groups).toEqual([{ id: d.programme, name: 'Continuité pédagogique 2026', loans: 4, overdue: 2 }]);

    h.setDay('2026-12-01');
    expect(h.call(d.tech, 'followUp.loans', { view: 'overdue' }).rows.map((row) => [row.id, row.daysOverdue])).toEqual([
      [aseLoan.id, 52],
      [overdue.handover.id, 30],
      [soon.handover.id, 6],
    ]);
  });

  it('lists SIM cards whose credit ends soon or has ended, with who has them', () => {
    const ending = lendBundle('LAP-1', 'EL-1', 1);
    const lapsed = lendBundle('LAP-2', 'EL-2', 2);
    const fine = lendBundle('LAP-3', 'EL-3', 3);
    const stock = registerSims(h, d, [4])[0]?.id ?? 0;
    h.call(d.coord, 'sims.topUp', { simId: ending.simId, toppedUpOn: '2026-10-26', amountCents: 1000 });
    h.call(d.coord, 'sims.topUp', { simId: lapsed.simId, toppedUpOn: '2026-10-11', amountCents: 1000 });
    h.call(d.coord, 'sims.topUp', { simId: fine.simId, toppedUpOn: '2026-11-19', amountCents: 1000, validityDays: 90 });
    h.call(d.coord, 'sims.topUp', { simId: stock, toppedUpOn: '2026-11-01', amountCents: 1000 });

    const rows = h.call(d.tech, 'followUp.sims', { withinDays: 14 });
    expect(rows.map((row) => [row.iccid, row.expiresOn, row.daysLeft, row.handover?.recipientLabel])).toEqual([
      [iccid(2), '2026-11-10', -10, 'EL-2 — Léa Martin'],
      [iccid(1), '2026-11-25', 5, 'EL-1 — Léa Martin'],
    ]);
    expect(rows[0]?.handover).toMatchObject({
      partnerName: 'Collège Jean Moulin',
      programmeName: 'Continuité pédagogique 2026',
    });
    expect(h.call(d.tech, 'followUp.sims', { withinDays: 14, includeLapsed: false }).map((row) => row.simId)).toEqual([
      ending.simId,
    ]);
    expect(h.call(d.tech, 'followUp.sims', { withinDays: 14, partnerId: d.ase })).toEqual([]);
  });
});
