/**
 * The preview judges rows in memory (the stock plus what the file's earlier rows would create) and writes nothing;
 * the commit writes them. For generated sheets (serials repeated within the file, rows of devices already in stock,
 * refused rows, IMEI, drive-serial and inventory-number collisions), the preview's verdict on every row is the
 * commit's, and the preview leaves the database as it found it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportCommitResult, ImportPreview } from '../../../shared/contract/imports';
import { luhnCheckDigit } from '../../../shared/domain/identifiers';
import { DomainError } from '../../../main/errors';
import { actorFor } from '../../../main/services/people';
import { commitImport, previewImport } from '../../../main/services/imports/run';
import type { Actor } from '../../../main/services/unit-of-work';
import { memoryHarness } from '../../helpers/api';
import { sampleFile } from '../../helpers/samples';
import { setUpWorkshop } from '../../helpers/workshop';

const imeiOf = (index: number) => {
  const body = `35${String(index).padStart(12, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
};

const SERIALS = ['5CD1234XYZ', 'PF1ABCDE', 'C02XK1ZZJG5H', 'SN-0042', '8CG9999QQ', ''];
const MAKES = ['Dell', 'Dell Inc.', 'HP', 'Lenovo', ''];
const IMEIS = ['', imeiOf(1), imeiOf(2), imeiOf(3), '3,57E+14', '12345'];
const DRIVES = ['', 'WD-WX11A', 'S3P9A81F', 'ZA1B2C3D'];
const TAGS = ['', 'INV-001', 'INV-002', 'INV-003'];

const rowArb = fc.record({
  kind: fc.constantFrom('laptop', 'desktop', 'phone', ''),
  make: fc.constantFrom(...MAKES),
  model: fc.constantFrom('Latitude 7490', 'EliteBook 840', 'ThinkPad T480', ''),
  serial: fc.constantFrom(...SERIALS),
  imei: fc.constantFrom(...IMEIS),
  ram: fc.constantFrom('8', '16', ''),
  tag: fc.constantFrom(...TAGS),
  drive: fc.constantFrom(...DRIVES),
});
type Row = typeof rowArb extends fc.Arbitrary<infer R> ? R : never;

const HEADER = 'Catégorie;Marque;Modèle;N° de série;IMEI;RAM Go;N° d’inventaire;N° de série disque;Type disque';
const sheet = (rows: readonly Row[]) =>
  `${[HEADER, ...rows.map((r) => [r.kind, r.make, r.model, r.serial, r.imei, r.ram, r.tag, r.drive, r.drive ? 'ssd' : ''].join(';'))].join('\r\n')}\r\n`;

const fileOf = (name: string, rows: readonly Row[]) => ({ name, bytes: new TextEncoder().encode(sheet(rows)) });

/** What a row's verdict says, the device's id aside (a device the import creates has none before the commit). */
const verdicts = (result: ImportPreview | ImportCommitResult) =>
  result.files.flatMap((file) =>
    file.rows.map(({ deviceId: _deviceId, ...row }) => ({ ...row, alreadyImported: file.alreadyImported !== null })),
  );

const outcome = async <T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; code: string }> => {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, code: error.code };
    throw error;
  }
};

const tableCounts = (db: ReturnType<typeof memoryHarness>['store']['db']) =>
  ['devices', 'drives', 'events', 'device_external_refs', 'import_sources', 'drive_details'].map(
    (table) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number,
  );

/** Probe and snapshot samples: drives with models and health, devices found again by serial across tools. */
const SAMPLES = [
  'dmidecode/ereuse_dell_latitude_e7240_dmidecode.txt',
  'lshw/dell_latitude_e7240_lshw.json',
  'smartctl/smart-nvme-failed.json',
  'smartctl/ST3500418AS_11.json',
  'ereuse/dummy-smartphone.snapshot.yaml',
  'ereuse/e5530.snapshot.json',
  'ereuse/erase-sectors.snapshot.yaml',
  'ereuse/hp_probook_g8.json',
  'ereuse/snapshot_workbench-script.json',
  'spreadsheets/placeholder_test.csv',
  'spreadsheets/assets-sample.csv',
];

type Options = Parameters<typeof previewImport>[2];

/** Previews, checks nothing was written, commits, and compares the verdicts row by row. */
async function expectSameVerdicts(h: ReturnType<typeof memoryHarness>, tech: Actor, options: Options): Promise<void> {
  const before = tableCounts(h.store.db);
  const preview = await outcome(() => previewImport(h.store, tech, options));
  expect(tableCounts(h.store.db)).toEqual(before);
  const commit = await outcome(() => commitImport(h.store, tech, options));
  expect(preview.ok).toBe(commit.ok);
  if (!preview.ok || !commit.ok) {
    expect(preview).toEqual(commit);
    return;
  }
  expect(verdicts(preview.value)).toEqual(verdicts(commit.value));
  expect(preview.value.counts).toEqual(commit.value.counts);
  // A row about a device already in stock names it in the preview as in the commit.
  for (const [fileIndex, file] of preview.value.files.entries()) {
    for (const [rowIndex, row] of file.rows.entries()) {
      if (row.deviceId !== null) expect(row.deviceId).toBe(commit.value.files[fileIndex]?.rows[rowIndex]?.deviceId);
    }
  }
}

type SheetRow = typeof rowArb extends fc.Arbitrary<infer R> ? R : never;

/** Stock from an earlier sheet, then this sheet (twice in one import when asked): the preview's verdicts are the commit's. */
async function expectSameVerdictsFor(stockRows: SheetRow[], fileRows: SheetRow[], twice: boolean): Promise<void> {
  const h = memoryHarness();
  try {
    const w = setUpWorkshop(h);
    const tech = actorFor(h.store, w.ids.tech);
    // Devices already in stock, from an earlier sheet (its refusals left out).
    await outcome(() => commitImport(h.store, tech, { batchId: w.batchId, files: [fileOf('stock.csv', stockRows)] }));
    // The same file twice in one import: the second is recognised as already imported by the first.
    const files = twice
      ? [fileOf('arrivage.csv', fileRows), fileOf('copie.csv', fileRows)]
      : [fileOf('arrivage.csv', fileRows)];
    await expectSameVerdicts(h, tech, { batchId: w.batchId, files });
  } finally {
    h.close();
  }
}

describe('the import preview, judged in memory', () => {
  it('follows a make an earlier row gave a stocked device (found by its IMEI), as the commit does', async () => {
    const laptop = {
      kind: 'laptop',
      model: 'Latitude 7490',
      serial: '5CD1234XYZ',
      ram: '8',
      tag: '',
      drive: '',
    } as const;
    await expectSameVerdictsFor(
      [{ ...laptop, make: '', imei: imeiOf(1) }],
      [
        { ...laptop, make: 'Dell', imei: imeiOf(1) },
        { ...laptop, make: 'Dell', imei: '' },
      ],
      false,
    );
  });

  it('gives every row the verdict the commit then carries out, and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { minLength: 0, maxLength: 6 }),
        fc.array(rowArb, { minLength: 1, maxLength: 14 }),
        fc.boolean(),
        (stockRows, fileRows, twice) => expectSameVerdictsFor(stockRows, fileRows, twice),
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('does so for probes and snapshots found again across files (drive models, health, several imports)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.subarray(SAMPLES, { minLength: 1 }), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (imports, withBatch) => {
          const h = memoryHarness();
          try {
            const w = setUpWorkshop(h);
            const tech = actorFor(h.store, w.ids.tech);
            for (const relatives of imports) {
              const files = relatives.map((relative) => sampleFile(relative));
              await expectSameVerdicts(h, tech, { batchId: withBatch ? w.batchId : null, files });
            }
          } finally {
            h.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
