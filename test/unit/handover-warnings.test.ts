import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handoverWarnings, unacknowledged, type HandoverWarningFacts } from '../../shared/domain/handover-warnings';

const programme = {
  name: 'Continuité',
  startsOn: '2026-09-01',
  endsOn: '2027-07-15',
  targets: [{ item: 'laptop' as const }, { item: 'sim' as const }],
};
const facts = (extra: Partial<HandoverWarningFacts> = {}): HandoverWarningFacts => ({
  handedOn: '2026-11-20',
  dueOn: '2027-06-30',
  programme,
  devices: [],
  sims: [],
  recipientOpenHandovers: 0,
  ...extra,
});

describe('what a handover warns about', () => {
  it('says nothing of a basket that fits its programme', () => {
    const sims = [{ id: 1, iccid: '8933', phoneNumber: '+33612345678', expiresOn: '2027-08-01' }];
    expect(handoverWarnings(facts({ devices: [{ id: 1, assetTag: 'RB-1', kind: 'laptop' }], sims }))).toEqual([]);
  });

  it('warns of a plan ending before the due date, and of a card whose credit has already ended', () => {
    const ending = { id: 1, iccid: 'A', phoneNumber: '+33612345678', expiresOn: '2027-01-01' };
    const lapsed = { id: 2, iccid: 'B', phoneNumber: '+33612345679', expiresOn: '2026-11-19' };
    expect(handoverWarnings(facts({ sims: [ending, lapsed] })).map((w) => w.key)).toEqual([
      'sim_expires_before_due:sim:1',
      'sim_without_credit:sim:2',
    ]);
  });

  it('says nothing of a plan or a programme a donation outlasts: it has no due date', () => {
    const sims = [{ id: 1, iccid: 'A', phoneNumber: '+33612345678', expiresOn: '2026-12-01' }];
    expect(handoverWarnings(facts({ dueOn: null, sims, programme: { ...programme, endsOn: '2026-12-01' } }))).toEqual(
      [],
    );
  });

  it('finds an item outside the targets only when the programme has targets', () => {
    const devices = [{ id: 1, assetTag: 'RB-1', kind: 'phone' as const }];
    expect(handoverWarnings(facts({ devices, programme: { ...programme, targets: [] } }))).toEqual([]);
    expect(handoverWarnings(facts({ devices })).map((w) => w.code)).toEqual(['item_outside_targets']);
  });

  it('gives every warning its own key, and an acknowledgement of those keys covers them all', () => {
    const day = fc
      .integer({ min: 0, max: 900 })
      .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
    const sim = fc.record({
      id: fc.nat(50),
      iccid: fc.constant('8933'),
      phoneNumber: fc.option(fc.constant('+33612345678')),
      expiresOn: fc.option(day),
    });
    fc.assert(
      fc.property(day, fc.option(day), fc.array(sim, { maxLength: 6 }), fc.nat(3), (handedOn, dueOn, sims, open) => {
        const unique = [...new Map(sims.map((entry) => [entry.id, entry])).values()];
        const warnings = handoverWarnings(facts({ handedOn, dueOn, sims: unique, recipientOpenHandovers: open }));
        const keys = warnings.map((warning) => warning.key);
        expect(new Set(keys).size).toBe(keys.length);
        expect(unacknowledged(warnings, keys)).toEqual([]);
        expect(unacknowledged(warnings, keys.slice(1))).toEqual(warnings.slice(0, 1));
      }),
    );
  });
});
