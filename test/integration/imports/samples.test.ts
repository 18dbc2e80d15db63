/**
 * Every file in the shared samples, read as a technician expects: who the device is, its drives and their health,
 * and whether an erasure succeeded. A new sample without an expectation here fails the first test.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedImport } from '../../../shared/domain/import-records';
import { readImportFile } from '../../../main/imports/read';
import { sampleFile, samplesDir } from '../../helpers/samples';

const read = (relative: string): Promise<ParsedImport> => readImportFile(sampleFile(relative));

const NWIPE = 'nwipe-single-drive';
const DISK_REPORT = `${NWIPE}/nwipe_report_2026-12-03-08-06-17_Model_Loopback_device_Serial_Unknown_device_loop0`;
const SYSTEM_REPORT = `${NWIPE}/nwipe_system_report_2026-12-03-08-06-17_host-UUID-_host-SN-`;

/** The one loop device nwipe 0.42 zero-filled, verified on the last pass and blanked: a success. */
function expectTheLoopDeviceErased(parsed: ParsedImport): void {
  expect(parsed.tool).toEqual({ name: 'nwipe', version: '0.42' });
  expect(parsed.records).toHaveLength(1);
  const [record] = parsed.records;
  expect(record?.serial).toBeUndefined();
  expect(record?.drives).toHaveLength(1);
  expect(record?.drives[0]).toMatchObject({ model: 'Loopback device', sizeBytes: 67_108_864 });
  expect(record?.drives[0]?.serial).toBeUndefined();
  expect(record?.erasures).toHaveLength(1);
  expect(record?.erasures[0]).toMatchObject({
    status: 'erased',
    method: 'Fill With Zeros',
    technique: 'overwrite',
    level: 'clear',
    passes: 1,
    roundsAsked: 1,
    roundsDone: 1,
    verification: 'last',
    blanking: true,
    startedAt: '2026-12-03T08:06:16',
    endedAt: '2026-12-03T08:06:17',
    bytesErased: 67_108_864,
    bytesTotal: 67_108_864,
    errors: 0,
    throughputMBs: 219,
  });
  expect(record?.erasures[0]?.userTag).toBeUndefined();
}

const expectations: Record<string, (parsed: ParsedImport) => void> = {
  [`${NWIPE}/nwipe_log.txt`]: (parsed) => {
    expect(parsed.format).toBe('nwipe_log');
    expectTheLoopDeviceErased(parsed);
    expect(parsed.records[0]?.drives[0]?.bus).toBe('VIRT');
  },
  [`${NWIPE}/stdout.txt`]: (parsed) => {
    expect(parsed.format).toBe('nwipe_log');
    expectTheLoopDeviceErased(parsed);
  },
  [`${DISK_REPORT}.pdf`]: (parsed) => {
    expect(parsed.format).toBe('nwipe_pdf');
    expectTheLoopDeviceErased(parsed);
    expect(parsed.records[0]?.drives[0]?.bus).toBe('VIRT');
    expect(parsed.records[0]?.erasures[0]?.hiddenAreas).toBe('not_checked');
    expect(parsed.warnings).toContainEqual(
      expect.objectContaining({ code: 'serial_placeholder', params: { value: 'Unknown' } }),
    );
  },
  [`${DISK_REPORT}.pdftotext.txt`]: (parsed) => {
    expect(parsed.format).toBe('nwipe_pdf');
    expectTheLoopDeviceErased(parsed);
  },
  [`${SYSTEM_REPORT}.pdf`]: (parsed) => {
    expect(parsed.format).toBe('nwipe_pdf');
    expectTheLoopDeviceErased(parsed);
    // The loop device's host had no SMBIOS data: no host identity to invent.
    expect(parsed.records[0]?.make).toBeUndefined();
    expect(parsed.records[0]?.model).toBeUndefined();
  },
  [`${SYSTEM_REPORT}.pdftotext.txt`]: (parsed) => {
    expect(parsed.format).toBe('nwipe_pdf');
    expectTheLoopDeviceErased(parsed);
  },
  'ereuse/e5530.snapshot.json': (parsed) => {
    expect(parsed.format).toBe('ereuse_snapshot');
    expect(parsed.tool).toEqual({ name: 'Workbench', version: '11.0a1' });
    // Its uuid is all zeros: no identity to recognise a re-import by.
    expect(parsed.sourceId).toBeUndefined();
    const [device] = parsed.records;
    expect(device).toMatchObject({
      kind: 'laptop',
      make: 'Dell Inc.',
      model: 'Latitude E5530 non-vPro',
      serial: 'D8FTRY1',
      cpu: 'Intel Core i5-3340M CPU @ 2.70GHz',
      ramGb: 8,
      screenInches: 16,
    });
    expect(device?.drives).toEqual([
      { make: 'Hitachi', model: 'HGST HTS725050A7', serial: 'TF755AWHKL0LHM', type: 'hdd', sizeBytes: 500_108_000_000 },
    ]);
    expect(device?.erasures).toEqual([]);
  },
  'ereuse/hp_probook_g8.json': (parsed) => {
    expect(parsed.sourceId).toBe('547e521f-d8b0-4208-b3c3-a399fe178bcc');
    const [device] = parsed.records;
    expect(device).toMatchObject({
      kind: 'laptop',
      make: 'HP',
      model: 'HP ProBook 450 G8',
      serial: 'CND4286Z55',
      ramGb: 8,
    });
    expect(device?.externalRefs).toContainEqual({
      system: 'ereuse_snapshot',
      value: '547e521f-d8b0-4208-b3c3-a399fe178bcc',
    });
    expect(device?.drives).toHaveLength(1);
    expect(device?.drives[0]).toMatchObject({ model: 'ST500LT012-1DG15', serial: 'S3P9A81F', type: 'hdd' });
    expect(device?.drives[0]?.health).toMatchObject({
      failed: false,
      smartPassed: true,
      powerOnHours: 8627,
      reallocatedSectors: 0,
    });
    expect(device?.erasures).toHaveLength(1);
    const erasure = device?.erasures[0];
    expect(erasure).toMatchObject({ method: 'EraseSectors', status: 'erased', driveSerial: 'S3P9A81F', passes: 2 });
    expect(erasure?.steps?.map((step) => [step.name, step.status])).toEqual([
      ['StepZero', 'erased'],
      ['StepRandom', 'erased'],
    ]);
    expect(erasure?.startedAt).toBe('2022-01-13T09:34:39+00:00');
  },
  'ereuse/erase-sectors.snapshot.yaml': (parsed) => {
    expect(parsed.format).toBe('ereuse_snapshot');
    expect(parsed.sourceId).toBe('74caa7eb-2bad-4333-94f6-6f1b031d0775');
    const [device] = parsed.records;
    expect(device).toMatchObject({ kind: 'desktop', serial: 'pc1s', model: 'pc1ml' });
    expect(device?.drives).toEqual([{ make: 'c1mr', model: 'c1ml', serial: 'c1s', type: 'ssd' }]);
    expect(device?.erasures).toHaveLength(1);
    expect(device?.erasures[0]).toMatchObject({ method: 'EraseSectors', status: 'erased', driveSerial: 'c1s' });
    expect(device?.erasures[0]?.steps?.map((step) => step.name)).toEqual(['StepZero', 'StepRandom']);
  },
  'ereuse/snapshot_workbench-script.json': (parsed) => {
    expect(parsed.tool).toEqual({ name: 'workbench-script', version: '0.0.1' });
    expect(parsed.sourceId).toBe('41858da1-5a7c-47a5-b5d2-f1a666a99ed5');
    const [device] = parsed.records;
    expect(device).toMatchObject({
      kind: 'laptop',
      make: 'Dell Inc.',
      model: 'Latitude E7240',
      serial: '5CQ6VY1',
      ramGb: 16,
      screenInches: 12.5,
      cpu: 'Intel(R) Core(TM) i7-4600U CPU @ 2.10GHz',
    });
    expect(device?.drives.map((drive) => [drive.serial, drive.type, drive.sizeBytes, drive.health?.failed])).toEqual([
      ['TW0XXM305508539G1361', 'ssd', 256_060_514_304, false],
      ['S33HNX0J203755R', 'ssd', 500_107_862_016, false],
    ]);
    expect(device?.erasures).toEqual([]);
  },
  'ereuse/dummy-smartphone.snapshot.yaml': (parsed) => {
    const [device] = parsed.records;
    expect(device).toMatchObject({ kind: 'phone', make: 'Apple', model: 'A1586', serial: 'ABCDEF' });
    // Written `35686800-004141-20` in the file: kept as digits only (16 digits, an IMEISV).
    expect(device?.imeis).toEqual(['3568680000414120']);
  },
  'smartctl/KXG60ZNV512G_TOSHIBA_2.json': (parsed) => {
    expect(parsed.format).toBe('smartctl_json');
    expect(parsed.tool).toEqual({ name: 'smartctl', version: '7.3' });
    const drive = parsed.records[0]?.drives[0];
    expect(drive).toMatchObject({
      model: 'KXG60ZNV512G TOSHIBA',
      type: 'nvme',
      bus: 'NVME',
      sizeBytes: 512_110_190_592,
    });
    // The project anonymised it as `REDACTED`: no serial.
    expect(drive?.serial).toBeUndefined();
    expect(drive?.health).toEqual({
      failed: false,
      reasons: [],
      smartPassed: true,
      powerOnHours: 12173,
      percentageUsed: 1,
    });
  },
  'smartctl/SAMSUNG_MZ7WD240HAFV-00003_21.json': (parsed) => {
    const drive = parsed.records[0]?.drives[0];
    expect(drive).toMatchObject({
      make: 'Samsung',
      model: 'SAMSUNG MZ7WD240HAFV-00003',
      type: 'ssd',
      sizeBytes: 240_057_409_536,
    });
    expect(drive?.health).toMatchObject({
      failed: false,
      smartPassed: true,
      powerOnHours: 84619,
      reallocatedSectors: 0,
    });
  },
  'smartctl/ST3500418AS_11.json': (parsed) => {
    const drive = parsed.records[0]?.drives[0];
    expect(drive).toMatchObject({ make: 'Seagate', model: 'ST3500418AS', type: 'hdd', sizeBytes: 500_107_862_016 });
    // One reallocated sector, none pending: it works, and the technician is told to keep an eye on it.
    expect(drive?.health).toMatchObject({
      failed: false,
      reallocatedSectors: 1,
      pendingSectors: 0,
      powerOnHours: 44670,
    });
    expect(parsed.warnings).toContainEqual(expect.objectContaining({ code: 'drive_reallocated_sectors' }));
  },
  'smartctl/smart-nvme-failed.json': (parsed) => {
    const drive = parsed.records[0]?.drives[0];
    expect(drive).toMatchObject({ model: 'Samsung SSD 970 EVO 500GB', serial: 'S466NX0M776250H', type: 'nvme' });
    // Its self-assessment still says "passed", but the medium has reported errors: it fails.
    expect(drive?.health).toMatchObject({
      failed: true,
      reasons: ['media_errors'],
      smartPassed: true,
      percentageUsed: 3,
    });
    expect(parsed.warnings).toContainEqual(expect.objectContaining({ code: 'drive_health_failed' }));
  },
  'dmidecode/Lenovo_ThinkPad_T480_20L50000MC_7B7F5CF4F636.txt': (parsed) => {
    expect(parsed.format).toBe('dmidecode_text');
    const [device] = parsed.records;
    expect(device).toMatchObject({ kind: 'laptop', make: 'LENOVO', model: 'ThinkPad T480', ramGb: 24 });
    expect(device?.cpu).toMatch(/i5-8250U/);
    // Serials anonymised as `--`: no serial, and a warning.
    expect(device?.serial).toBeUndefined();
    expect(parsed.warnings).toContainEqual(
      expect.objectContaining({ code: 'serial_placeholder', params: { value: '--' } }),
    );
  },
  'dmidecode/ereuse_dell_latitude_e7240_dmidecode.txt': (parsed) => {
    const [device] = parsed.records;
    expect(device).toMatchObject({
      kind: 'laptop',
      make: 'Dell Inc.',
      model: 'Latitude E7240',
      serial: '5CQ6VY1',
      ramGb: 16,
    });
    expect(device?.externalRefs).toContainEqual({
      system: 'smbios_uuid',
      value: '4c4c4544-0043-5110-8036-b5c04f565931',
    });
  },
  'lshw/dell_latitude_e7240_lshw.json': (parsed) => {
    expect(parsed.format).toBe('lshw_json');
    const [device] = parsed.records;
    expect(device).toMatchObject({
      kind: 'laptop',
      make: 'Dell Inc.',
      model: 'Latitude E7240',
      serial: '5CQ6VY1',
      ramGb: 16,
    });
    expect(device?.drives.map((drive) => [drive.model, drive.serial, drive.sizeBytes])).toEqual([
      ['LITEONIT LMT-256', 'TW0XXM305508539G1361', 256_060_514_304],
      ['Samsung SSD 850', 'S33HNX0J203755R', 500_107_862_016],
    ]);
  },
  'spreadsheets/assets-sample.csv': (parsed) => {
    expect(parsed.format).toBe('spreadsheet_csv');
    expect(parsed.spreadsheet?.guessed).toBe(true);
    expect(parsed.spreadsheet?.mapping).toEqual({
      'Asset Tag': 'previous_asset_tag',
      Category: 'kind',
      Manufacturer: 'make',
      Model: 'model',
      'Asset Notes': 'notes',
    });
    expect(parsed.records).toHaveLength(22);
    expect(parsed.issues).toEqual([]);
    expect(parsed.records[0]).toMatchObject({ at: 2, make: 'Berge Inc', model: 'Macbook Pro 13"' });
    expect(parsed.records[0]?.externalRefs).toEqual([{ system: 'previous_asset_tag', value: 'ICC-2065556' }]);
    // No serial column in Snipe-IT's sample.
    expect(parsed.records.every((record) => record.serial === undefined)).toBe(true);
    // Its categories are not device kinds: to be chosen on the preview.
    expect(parsed.warnings.filter((warning) => warning.code === 'kind_unknown')).toHaveLength(22);
  },
  'spreadsheets/placeholder_test.csv': (parsed) => {
    expect(parsed.format).toBe('spreadsheet_csv');
    expectDeviceHubPlaceholders(parsed);
  },
  'spreadsheets/placeholder_test.xlsx': (parsed) => {
    expect(parsed.format).toBe('spreadsheet_xlsx');
    expectDeviceHubPlaceholders(parsed);
  },
};

function expectDeviceHubPlaceholders(parsed: ParsedImport): void {
  expect(parsed.issues).toEqual([]);
  expect(parsed.records.map((record) => [record.at, record.make, record.model, record.serial, record.notes])).toEqual([
    [2, 'Sony', 'Vaio', '12345678', 'Good conditions'],
    [3, 'Sony', 'Vaio', '12345679', 'Good conditions'],
    [4, 'Sony', 'Vaio', '12345680', 'Good conditions'],
  ]);
  expect(parsed.records[1]?.externalRefs).toEqual([
    { system: 'external_id', value: 'TTT' },
    { system: 'previous_asset_tag', value: 'BB' },
  ]);
}

function allSamples(folder = samplesDir, prefix = ''): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return allSamples(path, `${prefix}${entry}/`);
    return entry === 'README.md' ? [] : [`${prefix}${entry}`];
  });
}

describe('every shared sample', () => {
  it('has its expected reading written here', () => {
    expect(allSamples().sort()).toEqual(Object.keys(expectations).sort());
  });

  it.each(Object.keys(expectations))('%s', async (relative) => {
    const parsed = await read(relative);
    expectations[relative]?.(parsed);
  });
});
