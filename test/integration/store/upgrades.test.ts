import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { seedDemo } from '../../../main/demo/seed';
import { DATABASE_FILE } from '../../../main/platform/data-dir';
import { checkIntegrity } from '../../../main/store/integrity';
import { schemaVersion } from '../../../main/store/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/store/migrations';
import { openStore } from '../../../main/store/store';
import { harnessFor, newSession, tempDir } from '../../helpers/api';
import { columnsOf, copyRowsFrom, databaseAtVersion, dataTables } from '../../helpers/older-database';
import { padDataUrl } from '../../helpers/signature-png';
import { sampleFile } from '../../helpers/samples';
import { actorFor } from '../../../main/services/people';
import { commitImport, previewImport } from '../../../main/services/imports/run';
import { enqueueFile } from '../../../main/services/imports/queue';
import { pairDesk } from '../../../main/services/hub/desks';

/**
 * Every migration, run on a database an older Rebond filled: the demo (devices through every state, lending,
 * documents, signatures) seeded once at the latest version, its rows copied into a database migrated only to the
 * version before, which is then opened and brought up to date.
 */
let dir: { path: string; remove: () => void };
let demoPath: string;
let demoCounts: Map<string, number>;
/** The demo before its tax receipt was issued: what the versions before 16 (no `tax-receipt` document) start from. */
let beforeReceipt: { path: string; counts: Map<string, number> };
/** The first version whose documents may be tax receipts. */
const TAX_RECEIPT_DOCUMENTS = 16;
let importedDevices: number;

/** What the demo leaves out, added through the API so that the tables of 0004 to 0007 hold rows too. */
function papersAndSignatures(path: string): void {
  const h = harnessFor(openStore(path));
  try {
    const adminId = h.store.db
      .prepare("SELECT operator_id FROM operator_roles WHERE role = 'admin' ORDER BY operator_id")
      .pluck()
      .get() as number;
    const admin = newSession();
    h.call(admin, 'session.signIn', { operatorId: adminId });
    const loan = h.store.db
      .prepare(
        "SELECT id, programme_id AS programmeId FROM handovers WHERE kind = 'loan' AND beneficiary_id IS NOT NULL ORDER BY id",
      )
      .get() as { id: number; programmeId: number };
    h.call(admin, 'agreementTemplates.save', {
      programmeId: loan.programmeId,
      variant: 'adult',
      lang: 'fr',
      body: '# Clause du programme\nLe matériel revient le {date_retour}.',
    });
    h.call(admin, 'agreementTemplates.setValues', {
      programmeId: loan.programmeId,
      variant: 'adult',
      lang: 'fr',
      values: [
        { item: 'laptop', valueCents: 35_000 },
        { item: 'tablet', valueCents: 18_000 },
      ],
    });
    const subject = { type: 'handover' as const, handoverId: loan.id };
    h.call(admin, 'signatures.save', { subject, signer: 'receiver', mode: 'drawn', dataUrl: padDataUrl() });
    h.call(admin, 'signatures.save', { subject, signer: 'staff', mode: 'paper' });
    h.call(admin, 'signatures.attachCopy', {
      subject,
      fileName: 'convention-signee.pdf',
      mediaType: 'application/pdf',
      base64: Buffer.from('%PDF-1.4\n% scanned agreement\n%%EOF\n').toString('base64'),
    });
    h.call(admin, 'documents.generate', { kind: 'agreement', subject: { type: 'handover', ids: [loan.id] } });
    const back = h.store.db.prepare('SELECT id, handover_id AS handoverId FROM returns ORDER BY id').get() as {
      id: number;
      handoverId: number;
    };
    h.call(admin, 'signatures.save', {
      subject: { type: 'return', handoverId: back.handoverId, returnId: back.id },
      signer: 'staff',
      mode: 'paper',
    });
    h.call(admin, 'documents.generate', { kind: 'return-receipt', subject: { type: 'return', ids: [back.id] } });
    const devices = h.store.db.prepare('SELECT id FROM devices ORDER BY id LIMIT 6').pluck().all() as number[];
    h.call(admin, 'documents.generate', { kind: 'labels', subject: { type: 'selection', ids: devices } });
    const inStock = h.store.db
      .prepare("SELECT id FROM devices WHERE status = 'ready' ORDER BY id")
      .pluck()
      .get() as number;
    h.call(admin, 'devices.applyAction', {
      deviceIds: [inStock],
      action: 'report_lost',
      note: 'Absent de l’étagère à l’inventaire',
    });
    const guarded = h.call(admin, 'operators.create', {
      name: 'Poste de contrôle',
      roles: ['technician'],
      pin: '482716',
    });
    h.refuse(newSession(), 'session.signIn', { operatorId: guarded.id, pin: '000000' });
    // The hub (0013): a paired desk, a wiping station, a password.
    pairDesk(h.store, 'Établi d’effacement', 'a'.repeat(43));
    h.call(admin, 'stations.create', { name: 'ShredOS 1' });
    h.call(admin, 'passwords.set', { operatorId: adminId, password: 'cheval-agrafe-pile' });
    // Tax receipts (0014): a donor's identity and a batch's value (a tax-receipt document would not fit the older
    // schemas' CHECK on documents.kind, which 0014 widens; the documents above are carried through its rebuild).
    const given = h.store.db.prepare('SELECT id AS batchId, donor_id AS donorId FROM batches ORDER BY id').get() as {
      batchId: number;
      donorId: number;
    };
    h.call(admin, 'taxReceipts.saveEligibility', {
      mention: 'Organisme d’intérêt général (articles 200 et 238 bis du CGI)',
    });
    h.call(admin, 'taxReceipts.saveDonorIdentity', {
      donorId: given.donorId,
      siren: '732829320',
      legalForm: 'SA',
      address: '1 place Bellecour, 69002 Lyon',
    });
    h.call(admin, 'taxReceipts.setValuation', { batchId: given.batchId, amountCents: 245_000 });
  } finally {
    h.close();
  }
}

/** Imports (0008): a snapshot creating a device with drive health, an nwipe PDF as evidence, a mapped sheet, a queued file; a drive replaced (0013). */
async function importedFiles(path: string): Promise<number> {
  const h = harnessFor(openStore(path));
  try {
    const adminId = h.store.db
      .prepare("SELECT operator_id FROM operator_roles WHERE role = 'admin' ORDER BY operator_id")
      .pluck()
      .get() as number;
    const admin = actorFor(h.store, adminId);
    const session = newSession();
    h.call(session, 'session.signIn', { operatorId: adminId });
    const batchId = h.call(session, 'batches.list', {})[0]?.id ?? null;
    const target = h.store.db
      .prepare("SELECT asset_tag FROM devices WHERE status = 'received' AND kind = 'laptop' ORDER BY id")
      .pluck()
      .get() as string;
    const sheet = sampleFile('spreadsheets/placeholder_test.csv');
    const preview = await previewImport(h.store, admin, { batchId, files: [sheet] });
    const mapping = preview.files[0]?.spreadsheet?.mapping ?? {};
    const result = await commitImport(h.store, admin, {
      batchId,
      files: [
        sampleFile('ereuse/snapshot_workbench-script.json'),
        sampleFile(
          'nwipe-single-drive/nwipe_report_2026-12-03-08-06-17_Model_Loopback_device_Serial_Unknown_device_loop0.pdf',
        ),
        sheet,
      ],
      targets: { '1:0': target },
      mappings: { [sheet.name]: mapping as Record<string, never> },
    });
    enqueueFile(h.store, sampleFile('nwipe-single-drive/nwipe_log.txt'), 'drop_folder');
    // Drive removals (0013): a drive of a device on the bench replaced by another.
    const bench = h.store.db
      .prepare(
        "SELECT dr.device_id AS deviceId, dr.id AS driveId FROM drives dr JOIN devices d ON d.id = dr.device_id WHERE d.status = 'received' ORDER BY dr.id",
      )
      .get() as { deviceId: number; driveId: number };
    h.call(session, 'devices.removeDrive', {
      ...bench,
      note: 'Mis de côté pour destruction',
      replacement: { serial: 'UPGRADE-SWAP-1', type: 'ssd', capacityGb: 256 },
    });
    return result.counts.create;
  } finally {
    h.close();
  }
}

/**
 * Tax receipt cancellations (0017): a company's batch of one laptop valued, its receipt issued, then cancelled (the
 * receipt and its cancelled copy stay).
 */
function cancelledReceipt(path: string): void {
  const h = harnessFor(openStore(path));
  try {
    const adminId = h.store.db
      .prepare("SELECT operator_id FROM operator_roles WHERE role = 'admin' ORDER BY operator_id")
      .pluck()
      .get() as number;
    const admin = newSession();
    h.call(admin, 'session.signIn', { operatorId: adminId });
    const siteId = h.store.db.prepare('SELECT id FROM sites ORDER BY id').pluck().get() as number;
    const donorId = h.call(admin, 'donors.create', { name: 'Transports Durand', kind: 'company' }).id;
    const given = h.call(admin, 'batches.create', { donorId, siteId, receivedOn: '2026-11-20' });
    h.call(admin, 'devices.registerMany', {
      batchId: given.id,
      devices: [{ kind: 'laptop', serial: 'UPGRADE-RF-1', make: 'Lenovo', model: 'ThinkPad T480' }],
    });
    const batch = { batchId: given.id, donorId };
    h.call(admin, 'taxReceipts.saveDonorIdentity', {
      donorId: batch.donorId,
      siren: '732829320',
      legalForm: 'SAS',
      address: '4 quai Perrache, 69002 Lyon',
    });
    h.call(admin, 'taxReceipts.setValuation', { batchId: batch.batchId, amountCents: 99_000 });
    const { reference } = h.call(admin, 'documents.generate', {
      kind: 'tax-receipt',
      subject: { type: 'batch', ids: [batch.batchId] },
    });
    h.call(admin, 'taxReceipts.cancel', { reference, reason: 'Valeur erronée' });
  } finally {
    h.close();
  }
}

function counts(db: Database.Database, tables: readonly string[]): Map<string, number> {
  return new Map(tables.map((table) => [table, db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number]));
}

beforeAll(async () => {
  dir = tempDir('rebond-upgrade-');
  demoPath = join(dir.path, 'demo.sqlite');
  const store = openStore(demoPath);
  seedDemo(store, { devices: 150, seed: 17, devicesLent: 24 });
  store.close();
  papersAndSignatures(demoPath);
  importedDevices = await importedFiles(demoPath);
  const earlier = new Database(demoPath);
  const earlierPath = join(dir.path, 'demo-before-receipt.sqlite');
  earlier.prepare('VACUUM INTO ?').run(earlierPath);
  beforeReceipt = { path: earlierPath, counts: counts(earlier, dataTables(earlier)) };
  earlier.close();
  cancelledReceipt(demoPath);
  const demo = new Database(demoPath, { readonly: true });
  demoCounts = counts(demo, dataTables(demo));
  demo.close();
}, 120_000);
afterAll(() => dir.remove());

describe('the demo the upgrades start from', () => {
  it('has rows in every table, so that each migration is tried on data', () => {
    const empty = [...demoCounts].filter(([, count]) => count === 0).map(([table]) => table);
    expect(empty).toEqual([]);
    expect(importedDevices).toBeGreaterThan(0);
    // The demo's devices, those imported and the laptop of the cancelled tax receipt.
    expect(demoCounts.get('devices')).toBe(150 + importedDevices + 1);
  });
});

const versions = MIGRATIONS.slice(1).map((migration) => migration.version);

describe.each(versions)('migration %i and those after it, on a database an older Rebond filled', (version) => {
  it('keep every row, the event chain and the references', () => {
    const dataDir = join(dir.path, `at-${version - 1}`);
    mkdirSync(dataDir);
    const path = join(dataDir, DATABASE_FILE);
    const older = databaseAtVersion(path, version - 1);
    const full = { path: demoPath, counts: demoCounts };
    const source = version - 1 >= TAX_RECEIPT_DOCUMENTS ? full : beforeReceipt;
    const copied = copyRowsFrom(older, source.path);
    const before = counts(older, copied);
    // The columns each table had at that version: a later migration may add columns to it (0008 does, to erasures),
    // which the older rows leave empty while the demo, made at the newest version, fills them.
    const olderColumns = new Map(copied.map((table) => [table, new Set(columnsOf(older, table))]));
    older.close();
    expect(copied.length).toBeGreaterThan(0);
    for (const table of copied) expect(before.get(table), table).toBe(source.counts.get(table));

    const hooks: [number, number][] = [];
    const store = openStore(path, { beforeMigrate: (_db, from, to) => hooks.push([from, to]) });
    try {
      expect(hooks).toEqual([[version - 1, SCHEMA_VERSION]]);
      expect(schemaVersion(store.db)).toBe(SCHEMA_VERSION);
      const report = checkIntegrity(store);
      expect(report.integrity).toEqual(['ok']);
      expect(report.foreignKeys).toEqual([]);
      expect(report.chain).toMatchObject({ ok: true, checked: source.counts.get('events') });

      // Every table the older version had keeps exactly its rows; a table a later migration created starts empty.
      const after = counts(store.db, dataTables(store.db));
      for (const [table, count] of after)
        expect(count, table).toBe(copied.includes(table) ? source.counts.get(table) : 0);
      store.db.prepare('ATTACH DATABASE ? AS demo').run(source.path);
      for (const table of copied) {
        const columns = columnsOf(store.db, table)
          .filter((column) => olderColumns.get(table)?.has(column))
          .map((column) => `"${column}"`)
          .join(', ');
        const changed = store.db
          .prepare(
            `SELECT count(*) FROM (SELECT ${columns} FROM main."${table}" EXCEPT SELECT ${columns} FROM demo."${table}")`,
          )
          .pluck()
          .get();
        expect(changed, table).toBe(0);
      }
      store.db.exec('DETACH DATABASE demo');
      // The counts by status and kind hold rows, and equal a recount of the devices.
      const kept = store.db.prepare('SELECT status, kind, count FROM device_counts ORDER BY status, kind').all();
      expect(kept.length).toBeGreaterThan(1);
      expect(kept).toEqual(
        store.db
          .prepare('SELECT status, kind, count(*) AS count FROM devices GROUP BY status, kind ORDER BY status, kind')
          .all(),
      );
      // The search index was filled by its triggers as the devices came in, and still matches them.
      store.db.exec("INSERT INTO device_search (device_search) VALUES ('integrity-check')");
      const tag = store.db.prepare('SELECT asset_tag FROM devices ORDER BY id DESC').pluck().get() as string;
      expect(
        store.db.prepare('SELECT count(*) FROM device_search WHERE device_search MATCH ?').pluck().get(`"${tag}"`),
      ).toBe(1);
    } finally {
      store.close();
    }
    const out: string[] = [];
    expect(
      runCli(
        ['check', '--data-dir', dataDir, '--lang', 'en'],
        (line) => out.push(line),
        (line) => out.push(line),
      ),
      out.join('\n'),
    ).toBe(0);
    expect(out.join('\n')).toContain(
      `Event chain: OK (${source.counts.get('events')?.toLocaleString('en-GB')} events verified)`,
    );
  });
});
