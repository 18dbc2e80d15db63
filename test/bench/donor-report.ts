/**
 * `donor_report_pdf_s`: the donor report of the donor who gave the most devices in a 5 000-device demo, over every
 * day it gave, read from the store and drawn as PDF (summary and one row per device); median of 3. Reported, no
 * target set yet. `npx tsx test/bench/donor-report.ts` runs it alone.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { seedDemo } from '../../main/demo/seed';
import { pageCount } from '../../main/documents/pdf';
import { donorReportBytes } from '../../main/services/reports/donor-report-file';
import { openStore } from '../../main/store/store';
import { scratchDir } from './fixtures';
import { median, type Figure } from './measure';

const ROUNDS = 3;
const DEVICES = 5_000;

export async function donorReportFigure(log: (line: string) => void): Promise<Figure> {
  const dir = scratchDir();
  const store = openStore(join(dir.path, 'donor.sqlite'));
  try {
    log(`  seeding ${DEVICES} demo devices…`);
    seedDemo(store, { devices: DEVICES });
    const biggest = store.db
      .prepare<[], { donorId: number; devices: number; first: string; last: string }>(
        `SELECT b.donor_id AS donorId, COUNT(*) AS devices, MIN(d.received_on) AS first, MAX(d.received_on) AS last
         FROM devices d JOIN batches b ON b.id = d.batch_id GROUP BY b.donor_id ORDER BY devices DESC LIMIT 1`,
      )
      .get();
    if (!biggest) throw new Error('the demo warehouse has no device');
    const request = { donorId: biggest.donorId, from: biggest.first, to: biggest.last, format: 'pdf' as const };
    const seconds: number[] = [];
    const cpu: number[] = [];
    let pages = 0;
    let listed = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const file = await donorReportBytes(store, request, 'fr');
      seconds.push((performance.now() - started) / 1000);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1e6);
      pages = pageCount(file.bytes);
      listed = file.devices;
    }
    log(`  ${listed} devices, ${pages} PDF pages: ${seconds.map((s) => s.toFixed(2)).join(', ')} s`);
    return {
      name: 'donor_report_pdf_s',
      value: Math.round(median(seconds) * 1000) / 1000,
      unit: 's',
      target: 'report',
      ok: true,
      note: `donor report of the demo's biggest donor (${listed} devices, ${request.from} to ${request.to}) of a ${DEVICES}-device demo: read and drawn as PDF of ${pages} pages; median of ${ROUNDS} (${seconds.map((s) => s.toFixed(2)).join(', ')} s; CPU ${cpu.map((s) => s.toFixed(2)).join(', ')} s); load average ${loadavg()[0]?.toFixed(1) ?? '?'}`,
    };
  } finally {
    store.close();
    dir.remove();
  }
}

if (process.argv[1]?.endsWith('donor-report.ts')) {
  console.log(JSON.stringify(await donorReportFigure(console.log)));
}
