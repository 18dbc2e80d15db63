import type { Harness } from './api';
import { pupil, type LendingDesk } from './lending';
import { laptop, makeReady } from './workshop';

/** The donor report tests' period: the month the workshop's batch was received in. */
export const DONOR_PERIOD = { from: '2026-11-01', to: '2026-11-30' };

/**
 * The donor's batch holds six devices with known outcomes: one lent to a pupil, one given to an adult, one harvested,
 * one recycled, one ready and one just received; the lent one has an erasure certificate. Another donor's device is
 * left out.
 */
export function seedDonorDevices(h: Harness, d: LendingDesk): { lent: number; certificate: string } {
  const lent = makeReady(h, d, 'LENT-01');
  const given = makeReady(h, d, 'GIVEN-01');
  const harvested = makeReady(h, d, 'PARTS-01');
  const recycled = makeReady(h, d, 'RECY-01');
  makeReady(h, d, '0012345');
  h.call(d.tech, 'devices.register', { batchId: d.batchId, device: laptop('NEW-01') });
  const person = pupil(h, d, 'EL-2026-001');
  h.call(d.coord, 'handovers.create', {
    recipient: { type: 'beneficiary', beneficiaryId: person.id },
    programmeId: d.programme,
    deviceIds: [lent],
  });
  const adult = h.call(d.coord, 'beneficiaries.create', {
    partnerId: d.school,
    reference: 'RSA-1',
    category: 'welfare_recipient',
    minor: false,
  });
  h.call(d.coord, 'handovers.create', {
    recipient: { type: 'beneficiary', beneficiaryId: adult.id },
    programmeId: d.programme,
    kind: 'donation',
    deviceIds: [given],
  });
  h.call(d.tech, 'devices.applyAction', { deviceIds: [harvested], action: 'harvest' });
  h.call(d.tech, 'devices.applyAction', { deviceIds: [recycled], action: 'send_to_recycling' });
  h.call(d.admin, 'recycling.record', { deviceIds: [recycled], recycler: 'Envie', pickupDate: '2026-11-19' });
  const certificate = h.call(d.tech, 'documents.generate', {
    kind: 'erasure-certificate',
    subject: { type: 'device', ids: [lent] },
    lang: 'fr',
  }).reference;
  const other = h.call(d.tech, 'donors.create', { name: 'Autre Donateur', kind: 'company' }).id;
  const otherBatch = h.call(d.tech, 'batches.create', { donorId: other, siteId: d.siteId, receivedOn: '2026-11-02' });
  h.call(d.tech, 'devices.register', { batchId: otherBatch.id, device: laptop('OTHER-01') });
  return { lent, certificate };
}
