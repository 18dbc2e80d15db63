import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from '../../helpers/api';
import { iccid, pinnedHarness, pupil, registerSims, setUpLending, type LendingDesk } from '../../helpers/lending';
import { databaseFingerprint } from '../../helpers/snapshot';
import { makeReady } from '../../helpers/workshop';

/**
 * The counter's warnings before the confirmation (`handovers.preview`): the same rules as the confirmation, given
 * with the keys an acknowledgement names; a confirmation that acknowledged less is refused whole.
 */
let h: Harness;
let d: LendingDesk;
beforeEach(() => {
  h = pinnedHarness('2026-11-20');
  d = setUpLending(h);
});
afterEach(() => h.close());

const codes = (warnings: readonly { code: string }[]) => warnings.map((warning) => warning.code);

/** A programme running today whose targets are tablets only, and loans of 90 days ending with it. */
function tabletProgramme(endsOn = '2027-01-31') {
  return h.call(d.coord, 'programmes.create', {
    name: 'Tablettes seniors',
    startsOn: '2026-09-01',
    endsOn,
    defaultKind: 'loan',
    loanDays: 90,
    targets: [{ item: 'tablet', target: 50 }],
  }).id;
}

describe('the preview before the confirmation', () => {
  it('lists every warning main knows, each with its key, and writes nothing', () => {
    const laptopId = makeReady(h, d, 'LAP-1');
    const [sim] = registerSims(h, d, [1]);
    const simId = sim?.id ?? 0;
    const person = pupil(h, d, 'EL-2026-001');
    const programmeId = tabletProgramme();
    const before = databaseFingerprint(h.store);

    const preview = h.call(d.coord, 'handovers.preview', {
      recipient: { type: 'beneficiary', beneficiaryId: person.id },
      programmeId,
      deviceIds: [laptopId],
      simIds: [simId],
    });

    expect(preview).toMatchObject({ ok: true, kind: 'loan', dueOn: '2027-02-18' });
    expect(preview.lines.map((line) => line.problem)).toEqual([null, null]);
    expect(preview.warnings.map((warning) => warning.key)).toEqual([
      'due_after_programme_end',
      `item_outside_targets:device:${laptopId}`,
      `item_outside_targets:sim:${simId}`,
      `sim_without_credit:sim:${simId}`,
      `sim_without_number:sim:${simId}`,
    ]);
    const messages = preview.warnings.map((warning) => warning.message);
    expect(messages).toContain(
      'La date de retour 18/02/2027 est après la fin du programme « Tablettes seniors » (31/01/2027).',
    );
    expect(messages).toContain(
      'RB-000001 (Ordinateur portable) ne fait pas partie des objectifs du programme « Tablettes seniors ».',
    );
    expect(messages).toContain(`La carte SIM ${iccid(1)} n’a pas de crédit en cours : pensez à la recharger.`);
    expect(messages).toContain(`La carte SIM ${iccid(1)} n’a pas de numéro de téléphone enregistré.`);
    expect(databaseFingerprint(h.store)).toBe(before);
  });

  it('warns of a plan ending before the return date, a handover date outside the programme and an open loan', () => {
    const [first, second] = [makeReady(h, d, 'LAP-1'), makeReady(h, d, 'LAP-2')];
    const [sim] = h.call(d.coord, 'sims.registerMany', {
      operator: 'Orange',
      planName: 'Mobicarte 20 Go',
      planValidityDays: 30,
      cards: [{ iccid: iccid(1), phoneNumber: '06 11 22 33 44', pin: '1234', puk: '12345678' }],
    }).sims;
    const simId = sim?.id ?? 0;
    h.call(d.coord, 'sims.topUp', { simId, amountCents: 1500, programmeId: d.programme });
    const person = pupil(h, d, 'EL-2026-001');
    const recipient = { type: 'beneficiary' as const, beneficiaryId: person.id };
    h.call(d.coord, 'handovers.create', { recipient, programmeId: d.programme, deviceIds: [first] });

    const preview = h.call(d.coord, 'handovers.preview', {
      recipient,
      programmeId: d.programme,
      deviceIds: [second],
      simIds: [simId],
      dueOn: '2027-03-01',
    });
    expect(codes(preview.warnings)).toEqual(['recipient_has_open_loan', 'sim_expires_before_due']);
    expect(preview.warnings[0]?.message).toBe('Ce bénéficiaire a déjà 1 remise en cours.');

    const early = h.call(d.coord, 'handovers.preview', {
      recipient,
      programmeId: d.programme,
      deviceIds: [second],
      handedOn: '2026-08-20',
    });
    expect(codes(early.warnings)).toEqual(['recipient_has_open_loan', 'programme_outside_dates']);
  });

  it('judges the items before a recipient or a programme is chosen, refusals included', () => {
    const laptopId = makeReady(h, d, 'LAP-1');
    const [sim] = registerSims(h, d, [1]);
    const simId = sim?.id ?? 0;
    const preview = h.call(d.coord, 'handovers.preview', { deviceIds: [laptopId, laptopId], simIds: [simId] });
    expect(preview.ok).toBe(false);
    expect(preview.lines.map((line) => line.problem?.code ?? null)).toEqual([null, 'handover_item_duplicate', null]);
    expect(codes(preview.warnings)).toEqual(['sim_without_credit', 'sim_without_number']);
    expect(preview).toMatchObject({ kind: null, dueOn: null });
  });

  it('is for those who hand over', () => {
    expect(h.refuse(d.tech, 'handovers.preview', {}).code).toBe('forbidden_role');
  });
});

describe('accepting warnings knowingly', () => {
  it('refuses a confirmation that did not acknowledge every warning, and records the accepted ones in the event', () => {
    const laptopId = makeReady(h, d, 'LAP-1');
    const [sim] = registerSims(h, d, [1]);
    const simId = sim?.id ?? 0;
    const person = pupil(h, d, 'EL-2026-001');
    const input = {
      recipient: { type: 'beneficiary' as const, beneficiaryId: person.id },
      programmeId: d.programme,
      deviceIds: [laptopId],
      simIds: [simId],
    };
    const shown = h.call(d.coord, 'handovers.preview', input).warnings.map((warning) => warning.key);
    expect(shown).toEqual([
      'due_after_programme_end',
      `sim_without_credit:sim:${simId}`,
      `sim_without_number:sim:${simId}`,
    ]);

    const before = databaseFingerprint(h.store);
    const refused = h.refuse(d.coord, 'handovers.create', { ...input, acknowledgedWarnings: shown.slice(0, 1) });
    expect(refused).toMatchObject({ code: 'handover_warnings_not_acknowledged', field: 'acknowledgedWarnings' });
    expect(refused.message).toContain('2 avertissements sont apparus');
    expect(databaseFingerprint(h.store)).toBe(before);

    const { handover, warnings } = h.call(d.coord, 'handovers.create', { ...input, acknowledgedWarnings: shown });
    expect(warnings.map((warning) => warning.key)).toEqual(shown);
    const [created] = h.call(d.coord, 'events.forEntity', { entity: 'handover', entityId: handover.id });
    expect(created).toMatchObject({
      type: 'handover.created',
      payload: { warnings: shown, warningsAcknowledged: true },
    });
    expect(JSON.stringify(created)).not.toMatch(/Martin|Léa|EL-2026-001/);
  });

  it('lets a script confirm without acknowledging; the event says the warnings were not acknowledged', () => {
    const [sim] = registerSims(h, d, [1]);
    const simId = sim?.id ?? 0;
    const { handover } = h.call(d.coord, 'handovers.create', {
      recipient: { type: 'partner', partnerId: d.institution },
      programmeId: d.programme,
      simIds: [simId],
      dueOn: '2027-06-01',
    });
    const [created] = h.call(d.coord, 'events.forEntity', { entity: 'handover', entityId: handover.id });
    expect(created?.payload).toMatchObject({
      warnings: [`sim_without_credit:sim:${simId}`, `sim_without_number:sim:${simId}`],
      warningsAcknowledged: false,
    });
  });
});

describe('the handovers of one device', () => {
  it('lists every handover a device went out with, returned or not', () => {
    const laptopId = makeReady(h, d, 'LAP-1');
    const other = makeReady(h, d, 'LAP-2');
    const { handover } = h.call(d.coord, 'handovers.create', {
      recipient: { type: 'partner', partnerId: d.institution },
      programmeId: d.programme,
      deviceIds: [laptopId],
    });
    h.call(d.coord, 'handovers.create', {
      recipient: { type: 'partner', partnerId: d.institution },
      programmeId: d.programme,
      deviceIds: [other],
    });
    expect(h.call(d.tech, 'handovers.list', { deviceId: laptopId }).map((row) => row.number)).toEqual([
      handover.number,
    ]);
  });
});
