/**
 * `npm run bench [-- --json] [-- --devices N] [-- --large N]`: measures Rebond on file databases and prints a table,
 * or with --json one JSON array of {name, value, unit, target, ok}. `--large` is the size of the warehouse for
 * startup_1m_ms and counts_1m_ms (1 000 000). A benchmark, not a test: it never fails the build.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { createRebondApi, newSession } from '../../main/api';
import { agreementFigures } from './agreements';
import { certificateFigures } from './certificates';
import { concurrentCallFigure } from './concurrent';
import { hubFigures } from './hub';
import { backupFigures } from './backups';
import { inventoryInBrowser } from './browser';
import { intakeRatio, listPageMs, searchP95, transitionMs } from './core';
import { exportFigures } from './exports';
import { programmeReportFigure } from './programme-report';
import { donorReportFigure } from './donor-report';
import { demoWarehouse, largeWarehouse } from './fixtures';
import { importRowFigures, importSnapshotFigure } from './imports';
import { handoverActionsFigures } from './handover-actions';
import { labelsFigure } from './labels';
import type { Figure } from './measure';
import { anonymiseResidueBytes } from './residue';
import { scaleFigures } from './scale';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean' },
    devices: { type: 'string', default: '100000' },
    large: { type: 'string', default: '1000000' },
    'no-browser': { type: 'boolean' },
    'import-rows': { type: 'string', default: '10000' },
    only: { type: 'string' },
  },
});
const log = (line: string) => (values.json ? process.stderr.write(`${line}\n`) : console.log(line));
const devices = Number(values.devices);

const figures: Figure[] = [];
if (values.only === 'hub') {
  // `npm run bench -- --only hub`: just the hub's figures.
  for (const f of await hubFigures(log))
    console.log(`| ${f.name} | ${f.value} | ${f.unit} | ${f.target} | ${f.ok ? 'yes' : 'NO'} | ${f.note} |`);
  process.exit(0);
}
if (values.only === 'imports') {
  // `npm run bench -- --only imports [--import-rows N]`: just the import figures (the median of 3 rounds, as the full
  // run: one round on a shared machine moves with the load).
  log('import_rows_per_s, import_ratio…');
  figures.push(...(await importRowFigures(Number(values['import-rows']), 3)));
  log('import_snapshots_per_s…');
  figures.push(await importSnapshotFigure(100));
  for (const f of figures)
    console.log(`| ${f.name} | ${f.value} | ${f.unit} | ${f.target} | ${f.ok ? 'yes' : 'NO'} | ${f.note} |`);
  process.exit(0);
}
if (values.only === 'handover') {
  // `npm run bench -- --only handover`: the desk journey's keystrokes and clicks, in Chromium on the built renderer.
  execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
    stdio: ['ignore', 2, 2],
  });
  figures.push(...(await handoverActionsFigures(log)));
  for (const f of figures)
    console.log(`| ${f.name} | ${f.value} | ${f.unit} | ${f.target} | ${f.ok ? 'yes' : 'NO'} | ${f.note} |`);
  process.exit(0);
}
log('intake_ratio…');
figures.push(intakeRatio());
log('transition_ms…');
figures.push(transitionMs());
log('agreements_per_s, agreement_ratio…');
figures.push(...(await agreementFigures(log)));
log('batch_certificate_200_s…');
figures.push(...(await certificateFigures(log)));
log('import_rows_per_s, import_ratio…');
figures.push(...(await importRowFigures(Number(values['import-rows']))));
log('import_snapshots_per_s…');
figures.push(await importSnapshotFigure());
log('anonymise_residue_bytes…');
figures.push(anonymiseResidueBytes());
log('labels_500_s…');
figures.push(labelsFigure(log));
log('concurrent_call_p95_ms…');
figures.push(await concurrentCallFigure(log));
log('hub_scan_p95_ms, hub_desks_max…');
figures.push(...(await hubFigures(log)));

const store = demoWarehouse(devices, log);
const api = createRebondApi(store);
const session = newSession();
const admin = store.people.listOperators().find((operator) => operator.roles.includes('admin'));
api.call('session.signIn', { operatorId: admin?.id ?? 0 }, session);
const call = (method: 'inventory.search' | 'inventory.list', input: object) => api.call(method, input, session).ok;
log('search_p95_ms…');
figures.push(searchP95(store, { call }));
log('list_page_ms…');
figures.push(listPageMs({ call }));
log('backup_s, restore_s…');
figures.push(...backupFigures(store, devices));
log('programme_report_s…');
figures.push(await programmeReportFigure(log));
log('donor_report_pdf_s…');
figures.push(await donorReportFigure(log));
log('export_100k_s…');
const databasePath = store.db.name;
store.close();
figures.push(...(await exportFigures(databasePath, log)));
const large = Number(values.large);
log(`startup and counts on ${large.toLocaleString('en')} devices…`);
figures.push(...(await scaleFigures(largeWarehouse(large, log), large, log)));
if (!values['no-browser']) {
  log('inventory in Chromium…');
  execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
    stdio: ['ignore', 2, 2],
  });
  figures.push(...(await inventoryInBrowser(databasePath)));
  log('handover_actions (the desk journey in Chromium)…');
  figures.push(...(await handoverActionsFigures(log)));
}

if (values.json) {
  console.log(JSON.stringify(figures.map(({ name, value, unit, target, ok }) => ({ name, value, unit, target, ok }))));
} else {
  console.log(`\nRebond benchmark (${devices.toLocaleString('en')} demo devices for search and list)\n`);
  console.log('| name | value | unit | target | ok | how |');
  console.log('| --- | ---: | --- | --- | --- | --- |');
  for (const f of figures)
    console.log(`| ${f.name} | ${f.value} | ${f.unit} | ${f.target} | ${f.ok ? 'yes' : 'NO'} | ${f.note} |`);
}
