/**
 * The import flow's figures: a 10 000-row spreadsheet through preview and commit (both through the API gate, the file
 * as base64) against `devices.registerMany` of the same rows, and Workbench snapshots imported per second.
 */
import type { DeviceSpec } from '../../shared/contract/intake';
import { DemoDevices } from '../../main/demo/catalogue';
import { Random } from '../../main/demo/random';
import { freshBench, scratchDir, type Bench } from './fixtures';
import { atLeast, median, type Figure } from './measure';
import { sampleFile } from '../helpers/samples';

function specs(count: number, seed: number): DeviceSpec[] {
  const generator = new DemoDevices(new Random(seed));
  return Array.from({ length: count }, () => generator.next());
}

const cell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[";\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The rows as a site's own sheet writes them (French headers, `;`), drives in their own columns. */
function sheetOf(devices: readonly DeviceSpec[]): string {
  const lines = [
    'Catégorie;Marque;Modèle;N° de série;IMEI;Processeur;RAM Go;Écran;Système;N° de série disque;Type disque;Capacité',
  ];
  for (const d of devices) {
    const drive = d.drives[0];
    lines.push(
      [
        d.kind,
        d.make,
        d.model,
        d.serial,
        d.imeis[0] ?? '',
        d.cpu,
        d.ramGb,
        d.screenInches,
        d.os,
        drive?.serial ?? '',
        drive?.type ?? '',
        drive?.capacityGb ?? null,
      ]
        .map(cell)
        .join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function timeAsync(work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function importThrough(bench: Bench, name: string, bytes: Uint8Array): Promise<{ created: number }> {
  const input = { batchId: bench.batchId, files: [{ name, base64: Buffer.from(bytes).toString('base64') }] };
  const preview = await bench.api.callAsync('imports.preview', input, bench.session);
  if (!preview.ok) throw new Error(preview.error.message);
  const commit = await bench.api.callAsync('imports.commit', input, bench.session);
  if (!commit.ok) throw new Error(commit.error.message);
  return { created: (commit.value as { counts: { create: number } }).counts.create };
}

/** `import_rows_per_s`, and its ratio to `devices.registerMany` of the same rows (the target). */
export async function importRowFigures(rows = 10_000, rounds = 3): Promise<Figure[]> {
  const ratios: number[] = [];
  const rates: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const dir = scratchDir();
    try {
      const devices = specs(rows, 300 + round).map((device) => ({
        ...device,
        drives: device.drives.slice(0, 1),
        imeis: device.imeis.slice(0, 1),
        notes: null,
        accessories: '',
        location: '',
        storageSummary: '',
      }));
      const bytes = new TextEncoder().encode(sheetOf(devices));
      const registered = freshBench(dir.path, 'register');
      let ok = false;
      const registerMs = await timeAsync(async () => {
        ok = registered.api.call(
          'devices.registerMany',
          { batchId: registered.batchId, devices },
          registered.session,
        ).ok;
      });
      registered.close();
      if (!ok) throw new Error('bulk intake was refused');
      const imported = freshBench(dir.path, 'import');
      let created = 0;
      const importMs = await timeAsync(async () => {
        created = (await importThrough(imported, 'stock.csv', bytes)).created;
      });
      imported.close();
      if (created !== rows) throw new Error(`the import created ${created} of ${rows} rows`);
      ratios.push(registerMs / importMs);
      rates.push(rows / (importMs / 1000));
    } finally {
      dir.remove();
    }
  }
  const ratio = median(ratios);
  const rowsFigure = atLeast(
    'import_rows_per_s',
    median(rates),
    'rows/s',
    0,
    `${rows.toLocaleString('en')}-row CSV, preview + commit through the API, median of ${rounds}`,
  );
  return [
    { ...rowsFigure, target: '(see import_ratio)', ok: ratio >= 0.5 },
    atLeast(
      'import_ratio',
      ratio,
      'ratio',
      0.5,
      `registerMany time / import (preview + commit) time, same ${rows.toLocaleString('en')} rows`,
    ),
  ];
}

/** Workbench snapshots (the HP ProBook sample under new serials and uuids), previewed and committed 50 at a time. */
export async function importSnapshotFigure(count = 500): Promise<Figure> {
  const dir = scratchDir();
  try {
    const bench = freshBench(dir.path, 'snapshots');
    const text = new TextDecoder().decode(sampleFile('ereuse/hp_probook_g8.json').bytes);
    const files = Array.from({ length: count }, (_, index) => {
      const id = String(index).padStart(6, '0');
      const body = text
        .replaceAll('547e521f-d8b0-4208-b3c3-a399fe178bcc', `547e521f-d8b0-4208-b3c3-a399fe${id}`)
        .replaceAll('CND4286Z55', `CND${id}Z`)
        .replaceAll('S3P9A81F', `S3P${id}F`);
      return { name: `snapshot-${id}.json`, base64: Buffer.from(body).toString('base64') };
    });
    let created = 0;
    const ms = await timeAsync(async () => {
      for (let start = 0; start < files.length; start += 50) {
        const input = { batchId: bench.batchId, files: files.slice(start, start + 50) };
        const preview = await bench.api.callAsync('imports.preview', input, bench.session);
        const commit = await bench.api.callAsync('imports.commit', input, bench.session);
        if (!preview.ok || !commit.ok) throw new Error('snapshot import refused');
        created += (commit.value as { counts: { create: number } }).counts.create;
      }
    });
    bench.close();
    if (created !== count) throw new Error(`the snapshots created ${created} of ${count} devices`);
    return atLeast(
      'import_snapshots_per_s',
      count / (ms / 1000),
      'snapshots/s',
      50,
      `${count} Workbench 11 snapshots, preview + commit through the API, 50 per call`,
    );
  } finally {
    dir.remove();
  }
}
