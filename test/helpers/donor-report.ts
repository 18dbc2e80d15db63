import { join } from 'node:path';
import { runCliAsync } from '../../main/cli/run';
import { donorReport, type DonorReport } from '../../main/services/reports/donor-report';
import { openStore } from '../../main/store/store';
import { tempDir, type Harness } from './api';
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

/** A 30-device demo in a scratch folder, the report its first donor gets over all time, and the CLI on that folder. */
export interface DemoDonor {
  dir: string;
  expected: DonorReport;
  /** `--from` and `--to` for the same all-time period. */
  period: string[];
  run: (argv: string[]) => Promise<number>;
  out: string[];
  err: string[];
}

export async function withDemoDonor(work: (demo: DemoDonor) => Promise<void>): Promise<void> {
  const data = tempDir('rebond-donor-report-cli-');
  try {
    const out: string[] = [];
    const err: string[] = [];
    const run = (argv: string[]) =>
      runCliAsync(
        [...argv, '--data-dir', data.path],
        (line) => out.push(line),
        (line) => err.push(line),
      );
    if ((await run(['demo', '--devices', '30'])) !== 0) throw new Error(`the demo failed: ${err.join('\n')}`);
    const store = openStore(join(data.path, 'rebond.sqlite'), { readonly: true });
    let expected: DonorReport;
    try {
      const { donorId } = store.db
        .prepare('SELECT b.donor_id AS donorId FROM devices d JOIN batches b ON b.id = d.batch_id LIMIT 1')
        .get() as { donorId: number };
      expected = donorReport(store, { donorId, from: '2000-01-01', to: '2100-12-31' });
    } finally {
      store.close();
    }
    await work({ dir: data.path, expected, period: ['--from', '2000-01-01', '--to', '2100-12-31'], run, out, err });
  } finally {
    data.remove();
  }
}
