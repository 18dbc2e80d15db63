import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pinnedHarness, pupil, setUpLending, type LendingDesk } from '../../helpers/lending';
import { padPng } from '../../helpers/signature-png';
import { makeReady } from '../../helpers/workshop';

let h: ReturnType<typeof pinnedHarness>;
let d: LendingDesk;
beforeEach(() => {
  h = pinnedHarness();
  d = setUpLending(h);
});
afterEach(() => h.close());

/** A name typed into every free-text field a desk offers. */
const NAME = 'Zorglub';
const logged = () =>
  (h.store.db.prepare('SELECT payload FROM events ORDER BY id').pluck().all() as string[]).join('\n');

describe('the event log, kept for ever', () => {
  it('keeps no text typed at the desks: names, notes, accessories and file names stay in their records', () => {
    h.call(d.tech, 'donors.create', { name: `Marcel ${NAME}`, kind: 'individual' });
    const carer = h.call(d.coord, 'partners.create', {
      name: `Famille ${NAME}`,
      kind: 'foster_carer',
      contactName: `M. ${NAME}`,
    });
    h.call(d.coord, 'partners.update', {
      id: carer.id,
      name: `Famille ${NAME}-Martin`,
      kind: 'foster_carer',
      active: true,
    });

    const device = makeReady(h, d, 'LOG-1');
    h.call(d.tech, 'devices.update', {
      id: device,
      changes: { cpu: 'i5-8250U', notes: `Rayé par ${NAME}`, location: `Étagère ${NAME}` },
    });
    h.call(d.tech, 'devices.applyAction', {
      deviceIds: [device],
      action: 'send_to_recycling',
      note: `Cassé chez ${NAME}`,
    });
    h.call(d.coord, 'recycling.record', {
      deviceIds: [device],
      recycler: 'Envie Rhône',
      pickupDate: '2026-11-20',
      notes: `Remis par ${NAME}`,
    });

    const person = pupil(h, d, 'EL-LOG-1');
    const { handover } = h.call(d.coord, 'handovers.create', {
      recipient: { type: 'beneficiary', beneficiaryId: person.id },
      programmeId: d.programme,
      deviceIds: [makeReady(h, d, 'LOG-2')],
      accessories: [`Housse ${NAME}`],
    });
    h.call(d.coord, 'signatures.attachCopy', {
      subject: { type: 'handover', handoverId: handover.id },
      fileName: `convention-${NAME.toLowerCase()}.png`,
      mediaType: 'image/png',
      base64: padPng(300, 200, 1).toString('base64'),
    });
    h.call(d.tech, 'returns.create', {
      items: handover.items.map((item) => ({ itemId: item.id, condition: `Rendu par ${NAME}` })),
      missingAccessories: [`Housse ${NAME}`],
      notes: `Rapporté par ${NAME}`,
    });

    expect(logged().toLowerCase()).not.toContain(NAME.toLowerCase());
    // The screens still say what changed, and show the action's note beside its event.
    const history = h.call(d.tech, 'devices.get', { id: device }).history;
    expect(history.find((event) => event.type === 'device.updated')?.payload).toEqual({
      changes: { cpu: 'i5-8250U' },
      textChanged: ['location', 'notes'],
    });
    expect(history.find((event) => event.type === 'lifecycle.send_to_recycling')?.payload).toMatchObject({
      note: `Cassé chez ${NAME}`,
    });
    expect(h.call(d.admin, 'events.verifyChain', {})).toMatchObject({ ok: true });
  });
});
