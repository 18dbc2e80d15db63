/**
 * `export_100k_s`: the whole inventory of the 100 000-device demo warehouse (every state but voided, as the
 * inventory lists it) written to XLSX through the export writer the app and the command line use, with the
 * process's peak resident memory sampled every 20 ms meanwhile (`export_100k_rss_mb`). Alone:
 * `npx tsx test/bench/exports.ts [--devices N]`.
 */
import { copyFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeExport } from '../../main/exports/write-export';
import { openStore, type Store } from '../../main/store/store';
import { demoWarehouse, registerInChunks, scratchDir } from './fixtures';
import { atMost, type Figure } from './measure';

export async function exportFigures(store: Store, log: (line: string) => void): Promise<Figure[]> {
  const dir = scratchDir();
  const file = join(dir.path, 'inventory.xlsx');
  try {
    const query = {
      dataset: 'inventory' as const,
      filter: { statuses: [], kinds: [], grades: [], siteId: null, batchId: null },
      sort: { column: 'updatedAt' as const, direction: 'desc' as const },
      personal: false,
    };
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const cpu = process.cpuUsage();
    const start = performance.now();
    const outcome = await writeExport(store, query, 'xlsx', file, { lang: 'fr', zone: 'Europe/Paris' });
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const used = process.cpuUsage(cpu);
    log(
      `  ${outcome.rows} rows, RSS ${Math.round(before / 1048576)} MB before, ${Math.round(peak / 1048576)} MB at most, ${Math.round(statSync(file).size / 1024)} KiB, ${seconds.toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU`,
    );
    const rows = outcome.rows.toLocaleString('en');
    return [
      atMost(
        'export_100k_s',
        seconds,
        's',
        10,
        `the inventory (${rows} rows, 13 columns) to XLSX through the export writer (exceljs streaming), file database; one run`,
      ),
      atMost(
        'export_100k_rss_mb',
        peak / 1024 / 1024,
        'MB',
        300,
        `peak resident memory of the whole process (tsx, the loaded modules and SQLite's cache included: ${Math.round(before / 1048576)} MB before it started) during that export, sampled every 20 ms`,
      ),
    ];
  } finally {
    rmSync(file, { force: true });
    dir.remove();
  }
}

/**
 * `--intake N`: instead of the cached demo of `--devices` devices (whose first seeding takes many minutes on a busy
 * machine), a 5 000-device demo with N more devices registered through the bulk intake, in a scratch copy.
 */
function intakeWarehouse(extra: number): { store: Store; remove: () => void } {
  const demo = demoWarehouse(5000, console.log);
  const source = demo.db.name;
  demo.close();
  const dir = scratchDir();
  const path = join(dir.path, 'warehouse.sqlite');
  copyFileSync(source, path);
  const store = openStore(path);
  registerInChunks(store, extra, console.log);
  return { store, remove: dir.remove };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { devices: { type: 'string', default: '100000' }, intake: { type: 'string' } },
  });
  const built = values.intake
    ? intakeWarehouse(Number(values.intake))
    : { store: demoWarehouse(Number(values.devices), console.log), remove: () => undefined };
  const { store } = built;
  try {
    for (const figure of await exportFigures(store, console.log))
      console.log(
        `| ${figure.name} | ${figure.value} | ${figure.unit} | ${figure.target} | ${figure.ok ? 'yes' : 'NO'} | ${figure.note} |`,
      );
  } finally {
    store.close();
    built.remove();
  }
}
