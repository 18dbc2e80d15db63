/**
 * `export_100k_s`: the whole inventory of a 100 000-device warehouse (every state but voided, as the inventory
 * lists it) written to XLSX through the export writer the app and the command line use, in a fresh process of its
 * own (`export-child.ts`), started once the warehouse is built and closed: the figures are that process's, the
 * export's wall time measured inside it and its peak resident memory (`process.resourceUsage().maxRSS`, Node, tsx
 * and the modules included). The same export to CSV is measured the same way. Alone:
 * `npx tsx test/bench/exports.ts [--devices N | --intake N]`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { markerPath } from '../../main/store/clean-shutdown';
import { SCHEMA_VERSION } from '../../main/store/migrations';
import { openStore } from '../../main/store/store';
import { demoWarehouse, registerInChunks, scratchDir } from './fixtures';
import { atMost, type Figure } from './measure';

interface ChildFigures {
  rows: number;
  columns: number;
  bytes: number;
  wallSeconds: number;
  cpuSeconds: number;
  rssBeforeMb: number;
  maxRssMb: number;
}

const CHILD = join(import.meta.dirname, 'export-child.ts');

/** One export of the warehouse at `database` in its own process (Node with tsx's loader). */
export function exportInChild(database: string, format: 'xlsx' | 'csv', file: string): ChildFigures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CHILD, database, format, file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const last = out.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as ChildFigures;
}

const load = () => loadavg()[0]?.toFixed(1) ?? '?';

export async function exportFigures(database: string, log: (line: string) => void): Promise<Figure[]> {
  const dir = scratchDir();
  try {
    const measured = (format: 'xlsx' | 'csv') => {
      const before = load();
      const figures = exportInChild(database, format, join(dir.path, `inventory.${format}`));
      log(
        `  ${format}: ${figures.rows} rows, ${(figures.bytes / 1048576).toFixed(1)} MB, ${figures.wallSeconds.toFixed(2)} s wall, ${figures.cpuSeconds.toFixed(2)} s CPU, RSS ${Math.round(figures.rssBeforeMb)} MB before, ${Math.round(figures.maxRssMb)} MB at most; load average ${before} before, ${load()} after`,
      );
      return figures;
    };
    const xlsx = measured('xlsx');
    const csv = measured('csv');
    const rows = xlsx.rows.toLocaleString('en');
    const how = (f: ChildFigures) =>
      `${f.cpuSeconds.toFixed(1)} s of CPU, ${Math.round(f.rssBeforeMb)} MB resident before the export began; load average ${load()}`;
    return [
      atMost(
        'export_100k_s',
        xlsx.wallSeconds,
        's',
        10,
        `the inventory (${rows} rows, ${xlsx.columns} columns) to XLSX through the export writer (exceljs streaming), file database, in a fresh process; ${how(xlsx)}`,
      ),
      atMost(
        'export_100k_rss_mb',
        xlsx.maxRssMb,
        'MB',
        300,
        "peak resident memory (maxRSS) of that process: Node, tsx, the modules, SQLite's cache and the export",
      ),
      atMost('export_100k_csv_s', csv.wallSeconds, 's', 10, `the same rows to CSV, the same way; ${how(csv)}`),
      atMost('export_100k_csv_rss_mb', csv.maxRssMb, 'MB', 300, 'peak resident memory of that process'),
    ];
  } finally {
    dir.remove();
  }
}

/**
 * `--intake N`: instead of the cached demo of `--devices` devices (whose first seeding takes many minutes on a busy
 * machine), a 5 000-device demo with N more devices registered through the bulk intake, built once and cached
 * beside the demo (keyed by N and the schema version).
 */
function intakeWarehouse(extra: number): string {
  const demo = demoWarehouse(5000, console.log);
  const source = demo.db.name;
  demo.close();
  const path = join(dirname(source), `export-5000+${extra}-v${SCHEMA_VERSION}.sqlite`);
  if (existsSync(path)) return path;
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  copyFileSync(source, partial);
  const store = openStore(partial);
  registerInChunks(store, extra, console.log);
  store.db.exec('ANALYZE');
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.close();
  renameSync(partial, path);
  rmSync(markerPath(partial), { force: true });
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { devices: { type: 'string', default: '100000' }, intake: { type: 'string' } },
  });
  let database: string;
  if (values.intake) database = intakeWarehouse(Number(values.intake));
  else {
    const store = demoWarehouse(Number(values.devices), console.log);
    database = store.db.name;
    store.close();
  }
  for (const figure of await exportFigures(database, console.log))
    console.log(
      `| ${figure.name} | ${figure.value} | ${figure.unit} | ${figure.target} | ${figure.ok ? 'yes' : 'NO'} | ${figure.note} |`,
    );
}
