/**
 * `programme_report_s`: the programme report of the programme with the most handovers, over every day it handed out,
 * read from the store and written as PDF (with its charts) and as XLSX; median of 3. The warehouse is a demo of
 * 40 000 devices of which up to 5 000 were handed out through the services (built in a scratch folder, a few minutes).
 * `tsx test/bench/programme-report.ts` runs it alone.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { seedDemo } from '../../main/demo/seed';
import { renderProgrammeReport } from '../../main/documents/kinds/programme-report';
import { readOrganisation } from '../../main/services/organisation';
import { programmeReport } from '../../main/services/reports/programme-report';
import { programmeReportXlsx } from '../../main/services/reports/programme-report-xlsx';
import { openStore, type Store } from '../../main/store/store';
import { scratchDir } from './fixtures';
import { atMost, median, type Figure } from './measure';

const ROUNDS = 3;

const DEVICES = 40_000;
const DEVICES_LENT = 5_000;

export async function programmeReportFigure(log: (line: string) => void): Promise<Figure> {
  const dir = scratchDir();
  const store = openStore(join(dir.path, 'lending.sqlite'));
  try {
    log(`  seeding ${DEVICES} demo devices, up to ${DEVICES_LENT} handed out…`);
    seedDemo(store, { devices: DEVICES, devicesLent: DEVICES_LENT });
    store.db.exec('ANALYZE');
    return await measureReport(store, log);
  } finally {
    store.close();
    dir.remove();
  }
}

async function measureReport(store: Store, log: (line: string) => void): Promise<Figure> {
  const busiest = store.db
    .prepare<
      [],
      { programmeId: number; handovers: number; first: string; last: string }
    >(`SELECT programme_id AS programmeId, COUNT(*) AS handovers, MIN(handed_on) AS first, MAX(handed_on) AS last
         FROM handovers GROUP BY programme_id ORDER BY handovers DESC LIMIT 1`)
    .get();
  if (!busiest) throw new Error('the demo warehouse has no handover');
  const request = { programmeId: busiest.programmeId, from: busiest.first.slice(0, 10), to: busiest.last.slice(0, 10) };
  const seconds: number[] = [];
  let pages = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    const report = programmeReport(store, request);
    const pdf = renderProgrammeReport({
      report,
      lang: 'fr',
      organisation: readOrganisation(store),
      reference: `RP-${report.programme.id}-${report.from}`,
      issuedAt: new Date(report.generatedAt),
    });
    await programmeReportXlsx(report, 'fr');
    seconds.push((performance.now() - started) / 1000);
    pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  }
  const value = median(seconds);
  log(`  ${busiest.handovers} handovers, ${pages} PDF pages: ${seconds.map((s) => s.toFixed(2)).join(', ')} s`);
  return atMost(
    'programme_report_s',
    value,
    's',
    2,
    `programme report of the busiest demo programme (${busiest.handovers} handovers, ${request.from} to ${request.to}): figures read, PDF of ${pages} pages with its charts, and XLSX; median of ${ROUNDS}; load average ${loadavg()[0]?.toFixed(1) ?? '?'}`,
  );
}

if (process.argv[1]?.endsWith('programme-report.ts')) {
  console.log(JSON.stringify(await programmeReportFigure(console.log)));
}
