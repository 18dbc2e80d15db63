/**
 * Every shared sample imported through the flow (preview, then commit) with the outcome a technician expects, and the
 * flow's rules: nothing written by a preview, idempotence, update by serial naming the source, how drives find their
 * device, verification of an imported set, a failed wipe quarantining, the health rule blocking "ready".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FilePreview } from '../../../shared/contract/imports';
import { actorFor } from '../../../main/services/people';
import { commitImport, previewImport } from '../../../main/services/imports/run';
import type { Actor } from '../../../main/services/unit-of-work';
import { memoryHarness, type Harness } from '../../helpers/api';
import { sampleFile } from '../../helpers/samples';
import { laptop, setUpWorkshop, type Workshop } from '../../helpers/workshop';

const NWIPE_LOG = 'nwipe-single-drive/nwipe_log.txt';
const NWIPE_PDF =
  'nwipe-single-drive/nwipe_report_2026-12-03-08-06-17_Model_Loopback_device_Serial_Unknown_device_loop0.pdf';

let h: Harness;
let w: Workshop;
let tech: Actor;

beforeEach(() => {
  h = memoryHarness();
  w = setUpWorkshop(h);
  tech = actorFor(h.store, w.ids.tech);
});
afterEach(() => h.close());

const file = (relative: string) => sampleFile(relative);
const importOf = (relatives: string[], extra: { targets?: Record<string, string> } = {}) =>
  commitImport(h.store, tech, { batchId: w.batchId, files: relatives.map(file), ...extra });
const actions = (preview: FilePreview) => preview.rows.map((row) => row.action);
const eventCount = () => h.store.db.prepare('SELECT count(*) FROM events').pluck().get() as number;

/** What each sample does to an empty stock, as a technician expects it. */
const EXPECTED: Record<string, { actions: string[]; refusals?: (string | null)[] }> = {
  'dmidecode/Lenovo_ThinkPad_T480_20L50000MC_7B7F5CF4F636.txt': {
    actions: ['refuse'],
    refusals: ['import_identifier_required'],
  },
  'dmidecode/ereuse_dell_latitude_e7240_dmidecode.txt': { actions: ['create'] },
  'ereuse/dummy-smartphone.snapshot.yaml': { actions: ['create'] },
  'ereuse/e5530.snapshot.json': { actions: ['create'] },
  'ereuse/erase-sectors.snapshot.yaml': { actions: ['create'] },
  'ereuse/hp_probook_g8.json': { actions: ['create'] },
  'ereuse/snapshot_workbench-script.json': { actions: ['create'] },
  'lshw/dell_latitude_e7240_lshw.json': { actions: ['create'] },
  // A wiped drive that names no host nor tag: its device is chosen on the preview.
  [NWIPE_LOG]: { actions: ['refuse'], refusals: ['import_device_unmatched'] },
  'smartctl/smart-nvme-failed.json': { actions: ['refuse'], refusals: ['import_device_unmatched'] },
  'smartctl/ST3500418AS_11.json': { actions: ['refuse'], refusals: ['import_device_unmatched'] },
};

describe('each shared sample, alone on an empty stock', () => {
  for (const [relative, expected] of Object.entries(EXPECTED)) {
    it(relative, async () => {
      const result = await importOf([relative]);
      const [preview] = result.files;
      expect(preview && actions(preview)).toEqual(expected.actions);
      if (expected.refusals) expect(preview?.rows.map((row) => row.refusal?.code ?? null)).toEqual(expected.refusals);
    });
  }

  it('the spreadsheets: placeholder sheets create their Sony rows, the asset sheet its rows by previous tag', async () => {
    const csv = await importOf(['spreadsheets/placeholder_test.csv']);
    // Every row its own device: the placeholder id they all share ('TTT') does not make them one.
    expect(csv.counts.create).toBe(csv.files[0]?.rows.length);
    expect(csv.counts.update).toBe(0);
    expect(csv.counts.refuse).toBe(0);
    // The same rows again from the XLSX (another file): already in stock, so nothing new is created.
    const xlsx = await importOf(['spreadsheets/placeholder_test.xlsx']);
    expect(xlsx.counts.create).toBe(0);
    const assets = await importOf(['spreadsheets/assets-sample.csv']);
    expect(assets.counts.create).toBe(22);
  });
});

describe('a preview', () => {
  it('writes nothing and tells what the commit then does', async () => {
    const before = eventCount();
    const preview = await previewImport(h.store, tech, {
      batchId: w.batchId,
      files: [file('ereuse/hp_probook_g8.json')],
    });
    expect(preview.counts).toMatchObject({ create: 1 });
    expect(eventCount()).toBe(before);
    expect(h.store.db.prepare('SELECT count(*) FROM import_sources').pluck().get()).toBe(0);
    const committed = await importOf(['ereuse/hp_probook_g8.json']);
    expect(committed.files[0]?.rows[0]).toMatchObject({ action: 'create', make: 'HP', serial: 'CND4286Z55' });
  });
});

describe('importing the same file again', () => {
  it('changes nothing, recognised by its content or by its snapshot uuid', async () => {
    await importOf(['ereuse/hp_probook_g8.json']);
    const events = eventCount();
    const again = await importOf(['ereuse/hp_probook_g8.json']);
    expect(again.files[0]?.alreadyImported).not.toBeNull();
    expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: 1 });
    expect(eventCount()).toBe(events);
    const reformatted = { ...file('ereuse/hp_probook_g8.json') };
    reformatted.bytes = new TextEncoder().encode(
      JSON.stringify(JSON.parse(new TextDecoder().decode(reformatted.bytes)), null, 4),
    );
    const byUuid = await commitImport(h.store, tech, { batchId: w.batchId, files: [reformatted] });
    expect(byUuid.files[0]?.alreadyImported).not.toBeNull();
    expect(eventCount()).toBe(events);
  });
});

describe('update by serial', () => {
  it('updates a device in stock (specs, drives) with an event naming the source', async () => {
    const { device } = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: laptop('5CQ6VY1', { make: 'Dell', drives: [] }),
    });
    const result = await importOf(['lshw/dell_latitude_e7240_lshw.json']);
    expect(result.files[0]?.rows[0]).toMatchObject({ action: 'update', assetTag: device.assetTag, drivesAdded: 2 });
    const detail = h.call(w.tech, 'devices.get', { id: device.id });
    expect(detail.model).toBe('Latitude E7240');
    expect(detail.drives).toHaveLength(2);
    const updated = detail.history.find((event) => event.type === 'device.updated');
    expect(updated?.payload).toMatchObject({ source: 'dell_latitude_e7240_lshw.json', tool: 'lshw' });
    // The snapshot of the same laptop then adds nothing new but the drives' health and its references.
    const snapshot = await importOf(['ereuse/snapshot_workbench-script.json']);
    expect(snapshot.files[0]?.rows[0]).toMatchObject({ assetTag: device.assetTag, drivesAdded: 0 });
    expect(h.store.imports.refsOf(device.id).map((ref) => ref.system)).toEqual(['smbios_uuid', 'ereuse_snapshot']);
  });
});

describe('imported erasures', () => {
  it('attach to the device chosen on the preview, await verification, and keep the PDF as evidence', async () => {
    const { device } = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: laptop('PC-0001', { drives: [] }),
    });
    const first = await importOf([NWIPE_PDF], { targets: { '0:0': device.assetTag } });
    expect(first.files[0]?.rows[0]).toMatchObject({ action: 'update', assetTag: device.assetTag, drivesAdded: 1 });
    expect(first.erasureIds).toHaveLength(1);
    const erasureId = first.erasureIds[0] ?? 0;
    const evidence = h.store.imports.evidence(erasureId);
    expect(evidence?.sha256).toBe(first.files[0]?.sha256);
    expect(h.store.imports.erasureDetail(erasureId)).toMatchObject({
      toolStatus: 'erased',
      toolMethod: 'Fill With Zeros',
    });
    const detail = h.call(w.tech, 'devices.get', { id: device.id });
    expect(detail.status).toBe('awaiting_erasure');
    expect(detail.erasures[0]).toMatchObject({
      tool: 'nwipe',
      toolVersion: '0.42',
      result: 'success',
      verifiedBy: null,
    });
    // The log of the same wipe is the same erasure: nothing is recorded twice.
    const log = await importOf([NWIPE_LOG], { targets: { '0:0': device.assetTag } });
    expect(log.erasureIds).toEqual([]);
    expect(h.call(w.tech, 'devices.get', { id: device.id }).erasures).toHaveLength(1);
    // At the erasure desk: where it came from and what the tool measured.
    expect(h.call(w.dso2, 'imports.erasureViews', { erasureIds: first.erasureIds })).toMatchObject([
      {
        erasureId,
        tool: 'nwipe',
        toolVersion: '0.42',
        toolStatus: 'erased',
        hasEvidence: true,
        driveHealthFailed: false,
      },
    ]);
    // The second person verifies the imported set at once.
    const verified = h.call(w.dso2, 'erasure.verifyMany', { erasureIds: first.erasureIds });
    expect(verified.map((outcome) => outcome.deviceStatus)).toEqual(['erased']);
  });

  it('verifying an imported set is all or nothing: one the officer performed herself refuses the call', async () => {
    const officer = actorFor(h.store, w.ids.dso);
    const mine = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: laptop('PC-0010', { drives: [] }),
    }).device;
    const theirs = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: laptop('PC-0011', { drives: [] }),
    }).device;
    const byOfficer = await commitImport(h.store, officer, {
      batchId: w.batchId,
      files: [file(NWIPE_LOG)],
      targets: { '0:0': mine.assetTag },
    });
    const byTech = await importOf([NWIPE_PDF], { targets: { '0:0': theirs.assetTag } });
    const ids = [...byTech.erasureIds, ...byOfficer.erasureIds];
    expect(h.refuse(w.dso, 'erasure.verifyMany', { erasureIds: ids }).code).toBe('verifier_is_performer');
    expect(h.call(w.tech, 'devices.get', { id: theirs.id }).erasures[0]?.verifiedBy).toBeNull();
  });

  it('a drive finds its device by the tag typed into nwipe, or by the host serial of the system report', async () => {
    const tagged = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: laptop('PC-0002', { drives: [] }),
    }).device;
    const hosted = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: laptop('HOST-SN-77', { drives: [] }),
    }).device;
    const report = new TextDecoder().decode(file(`${NWIPE_PDF.replace(/\.pdf$/, '.pdftotext.txt')}`).bytes);
    const withTag = report.replace(/Tag: Empty Tag/g, `Tag: ${tagged.assetTag}`);
    const system = new TextDecoder().decode(
      file('nwipe-single-drive/nwipe_system_report_2026-12-03-08-06-17_host-UUID-_host-SN-.pdftotext.txt').bytes,
    );
    const withHost = system.replace(/System Serial Number {6}=[^\n]*/, 'System Serial Number      = HOST-SN-77');
    const result = await commitImport(h.store, tech, {
      batchId: w.batchId,
      files: [
        { name: 'report.txt', bytes: new TextEncoder().encode(withTag) },
        { name: 'system.txt', bytes: new TextEncoder().encode(withHost) },
      ],
    });
    expect(result.files.map((one) => one.rows[0]?.assetTag)).toEqual([tagged.assetTag, hosted.assetTag]);
    expect(h.call(w.tech, 'devices.get', { id: tagged.id }).erasures).toHaveLength(1);
    expect(h.call(w.tech, 'devices.get', { id: hosted.id }).erasures).toHaveLength(1);
  });

  it('a choice on the preview naming no device in stock refuses that drive only', async () => {
    const result = await importOf([NWIPE_LOG], { targets: { '0:0': 'NOPE-1' } });
    expect(result.files[0]?.rows[0]?.refusal).toMatchObject({
      code: 'import_device_not_found',
      params: { ref: 'NOPE-1' },
    });
    expect(result.erasureIds).toEqual([]);
  });

  it('a failed or aborted wipe quarantines the device and does not count as success', async () => {
    const { device } = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: laptop('PC-0003', { drives: [] }),
    });
    const text = new TextDecoder().decode(file(NWIPE_LOG).bytes).replace(/\bErased\b/g, 'UABORTED');
    const result = await commitImport(h.store, tech, {
      batchId: w.batchId,
      files: [{ name: 'nwipe_log.txt', bytes: new TextEncoder().encode(text) }],
      targets: { '0:0': device.assetTag },
    });
    expect(result.files[0]?.rows[0]?.erasures[0]?.status).toBe('aborted');
    const detail = h.call(w.tech, 'devices.get', { id: device.id });
    expect(detail.status).toBe('quarantined');
    expect(detail.erasures[0]?.result).toBe('failed');
  });
});

describe('the health rule', () => {
  it('a drive whose health check failed is flagged and keeps the device from being ready until destroyed', async () => {
    const { device } = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: laptop('PC-0004', { drives: [{ serial: 'S466NX0M776250H', type: 'nvme', capacityGb: 500 }] }),
    });
    const result = await importOf(['smartctl/smart-nvme-failed.json']);
    expect(result.files[0]?.rows[0]).toMatchObject({
      action: 'update',
      assetTag: device.assetTag,
      failingDrives: ['Samsung SSD 970 EVO 500GB S466NX0M776250H'],
    });
    const detail = h.call(w.tech, 'devices.get', { id: device.id });
    expect(detail.facts.failingDrives).toBe(1);
    const driveId = detail.drives[0]?.id ?? 0;
    const erasure = h.call(w.tech, 'erasure.record', {
      deviceId: device.id,
      driveId,
      level: 'purge',
      technique: 'nvme_sanitize',
      tool: 'nvme-cli',
      startedAt: '2026-11-03T09:00:00Z',
      endedAt: '2026-11-03T09:10:00Z',
      result: 'success',
      verification: 'full',
    });
    h.call(w.dso, 'erasure.verify', { erasureId: erasure.erasure.id });
    h.call(w.tech, 'refurbishment.record', {
      deviceId: device.id,
      outcome: 'refurbished',
      grade: 'A',
      functional: 'working',
    });
    h.call(w.tech, 'refurbishment.qualityCheck', { deviceId: device.id, passed: true });
    const refused = h.refuse(w.tech, 'devices.applyAction', { deviceIds: [device.id], action: 'mark_ready' });
    expect(JSON.stringify(refused)).toContain('guard_drives_healthy');
    expect(h.call(w.tech, 'devices.get', { id: device.id }).status).toBe('in_refurbishment');
  });
});

describe('spreadsheets', () => {
  const sheet = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

  it('refused rows come back as a CSV to fix, with the reason; the other rows import', async () => {
    const text = 'Marque;Modèle;N° de série\r\nDell;Latitude 5490;AB12CD\r\nHP;EliteBook;3,57E+14\r\nLenovo;T480;\r\n';
    const result = await commitImport(h.store, tech, { batchId: w.batchId, files: [sheet('stock.csv', text)] });
    expect(result.counts).toMatchObject({ create: 1, refuse: 1 });
    const csv = result.files[0]?.refusedCsv ?? '';
    expect(csv.split('\r\n')[0]).toBe('Marque,Modèle,N° de série,Refus');
    expect(csv).toContain('3,57E+14');
    expect(csv).toContain('Lenovo,T480,,');
  });

  it('a mapping chosen on the preview is remembered for the next sheet with the same headers', async () => {
    const first = sheet('a.csv', 'Fabricant;Réf;Code\r\nDell;Latitude 5490;SER-1\r\n');
    const guessed = await previewImport(h.store, tech, { batchId: w.batchId, files: [first] });
    expect(guessed.files[0]?.spreadsheet?.mapping).not.toHaveProperty('Code');
    const mapping = { Fabricant: 'make', Réf: 'model', Code: 'serial' } as const;
    await commitImport(h.store, tech, { batchId: w.batchId, files: [first], mappings: { 'a.csv': mapping } });
    const next = await previewImport(h.store, tech, {
      batchId: w.batchId,
      files: [sheet('b.csv', 'Code;Fabricant;Réf\r\nSER-2;HP;ProBook\r\n')],
    });
    expect(next.files[0]?.spreadsheet?.mapping).toEqual(mapping);
    expect(next.files[0]?.rows[0]).toMatchObject({ action: 'create', serial: 'SER-2', make: 'HP', model: 'ProBook' });
  });
});
