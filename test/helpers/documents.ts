import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { deflateSync, inflateSync } from 'node:zlib';
import { join } from 'node:path';
import type { Input } from '../../shared/contract';
import type { ApiSession, Harness } from './api';
import { newSession } from './api';

/**
 * A realistic workshop for documents: the organisation's identity, the Guillotière site, a technician who erases
 * (Hélène Lefèvre) and a data-security officer who validates (Karim Benali), a donor and a batch.
 */
export interface DocumentWorkshop {
  admin: ApiSession;
  tech: ApiSession;
  dso: ApiSession;
  batchId: number;
  batchCode: string;
}

export function setUpDocumentWorkshop(h: Harness): DocumentWorkshop {
  const admin = newSession();
  h.call(admin, 'session.setup', {
    siteName: 'Atelier de la Guillotière',
    operatorName: 'Alice Admin',
    organisation: 'Rebond Lyon',
  });
  h.call(admin, 'organisation.update', {
    name: 'Rebond Lyon — Ressourcerie numérique',
    address: '12 rue de la Thibaudière\n69007 Lyon',
    registration: 'SIRET 123 456 789 00012',
    phone: '04 72 00 00 00',
    email: 'atelier@rebond-lyon.fr',
    signatoryName: 'Claire Dumas',
    signatoryTitle: 'Directrice',
    logo: null,
  });
  const site = h.call(admin, 'sites.list', {})[0];
  h.call(admin, 'sites.update', {
    id: site?.id ?? 0,
    name: 'Atelier de la Guillotière',
    address: '5 place Gabriel Péri, 69007 Lyon',
    active: true,
  });
  const person = (name: string, roles: ('technician' | 'data_security_officer')[], jobTitle: string) => {
    const operator = h.call(admin, 'operators.create', { name, roles, jobTitle });
    const session = newSession();
    h.call(session, 'session.signIn', { operatorId: operator.id });
    return session;
  };
  const tech = person('Hélène Lefèvre', ['technician'], 'Technicienne reconditionnement');
  const dso = person('Karim Benali', ['data_security_officer'], 'Responsable de la sécurité des données');
  const donorId = h.call(tech, 'donors.create', { name: 'Fondation Éclair', kind: 'foundation' }).id;
  const batch = h.call(tech, 'batches.create', {
    donorId,
    siteId: site?.id ?? 0,
    receivedOn: '2026-11-02',
    expectedCount: 30,
  });
  return { admin, tech, dso, batchId: batch.id, batchCode: batch.code };
}

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 3, 9, minutes)).toISOString();

/**
 * Registers a laptop with a 1 000 GB NVMe drive, erases it with an NVMe Sanitize (the command, no backup, unclassified
 * after) and, unless told not to, validates it; `record` overrides fields of the erasure record.
 */
export function erasedLaptop(
  h: Harness,
  w: DocumentWorkshop,
  serial: string,
  options: { verify?: boolean; record?: Partial<Input<'erasure.record'>>; verificationNotes?: string } = {},
): { id: number; assetTag: string } {
  const { device } = h.call(w.tech, 'devices.register', {
    batchId: w.batchId,
    device: {
      kind: 'laptop',
      serial,
      make: 'Lenovo',
      model: 'ThinkPad T480',
      drives: [{ serial: `S4EWNX0${serial}`, type: 'nvme', capacityGb: 1000 }],
    },
  });
  const detail = h.call(w.tech, 'devices.get', { id: device.id });
  const erasure = h.call(w.tech, 'erasure.record', {
    deviceId: device.id,
    driveId: detail.drives[0]?.id ?? 0,
    level: 'purge',
    technique: 'nvme_sanitize',
    tool: 'nwipe',
    toolVersion: '0.37',
    startedAt: at(0),
    endedAt: at(47),
    result: 'success',
    verification: 'full',
    destination: 'external_reuse',
    evidenceSha256: 'a'.repeat(64),
    backup: 'no',
    classificationAfter: 'Non classifié (aucune donnée)',
    command: 'nvme sanitize -a 2 /dev/nvme0',
    ...options.record,
  });
  if (options.verify !== false)
    h.call(w.dso, 'erasure.verify', { erasureId: erasure.erasure.id, notes: options.verificationNotes ?? null });
  return { id: device.id, assetTag: device.assetTag };
}

/** Every compressed stream of a PDF Rebond wrote (page drawings, font files, ToUnicode maps), inflated, in file order. */
export function inflatedStreams(pdf: Buffer): string[] {
  const streams: string[] = [];
  const raw = pdf.toString('latin1');
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      streams.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a deflated stream (an image, a font): nothing to read in it.
    }
  }
  return streams;
}

/**
 * The code points the PDF's fonts map their glyphs to (their ToUnicode CMaps). pdftotext prints U+202F and U+00A0
 * as plain spaces, so this is how a test sees that a narrow no-break space really is in the text.
 */
export function mappedCodePoints(pdf: Buffer): Set<number> {
  const found = new Set<number>();
  for (const text of inflatedStreams(pdf)) {
    if (!text.includes('beginbfrange')) continue;
    for (const hex of text.slice(text.indexOf('beginbfrange')).matchAll(/<([0-9a-f]{4})>/gi))
      found.add(parseInt(hex[1] ?? '0', 16));
  }
  return found;
}

/** Text of a PDF as poppler's pdftotext reads it (layout kept). */
export function pdfText(pdf: Buffer): string {
  return withTemp(pdf, (file) =>
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  );
}

export function pdfInfo(pdf: Buffer): { pages: number; pageSize: string; title: string } {
  const info = withTemp(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '';
  return { pages: Number(field('Pages')), pageSize: field('Page size'), title: field('Title') };
}

/** Renders every page to PNG at `dpi`; returns the PNG files' bytes in page order. */
export function pdfPages(pdf: Buffer, dpi = 300): Buffer[] {
  return withTemp(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.startsWith('page') && name.endsWith('.png'))
      .sort()
      .map((name) => readFileSync(join(dir, name)));
  });
}

/** One page (numbered from 1) rendered to PNG at `dpi`: cheaper than every page of a long document. */
export function pdfPage(pdf: Buffer, page: number, dpi = 300): Buffer {
  return withTemp(pdf, (file, dir) => {
    execFileSync('pdftoppm', [
      '-r',
      String(dpi),
      '-png',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      join(dir, 'page'),
    ]);
    return readFileSync(join(dir, 'page.png'));
  });
}

/** One region of one page as a grey PNG, in pixels at `dpi` (what a scanner sees of one label). */
export function pdfRegion(
  pdf: Buffer,
  page: number,
  dpi: number,
  region: { x: number; y: number; width: number; height: number },
): Buffer {
  return withTemp(pdf, (file, dir) => {
    const crop = ['-x', region.x, '-y', region.y, '-W', region.width, '-H', region.height].map(String);
    execFileSync('pdftoppm', [
      '-r',
      String(dpi),
      '-gray',
      '-png',
      '-f',
      String(page),
      '-l',
      String(page),
      ...crop,
      '-singlefile',
      file,
      join(dir, 'region'),
    ]);
    return readFileSync(join(dir, 'region.png'));
  });
}

/** Every symbol zbarimg finds in a PNG, as `TYPE:data` lines (e.g. `CODE-128:RB000001`, `QR-Code:RB000001`). */
export function readBarcodes(png: Buffer): string[] {
  return withTemp(
    png,
    (file) => {
      try {
        const out = execFileSync('zbarimg', ['--quiet', file], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        });
        return out.split('\n').filter(Boolean).sort();
      } catch {
        return [];
      }
    },
    'png',
  );
}

function withTemp<T>(bytes: Buffer, work: (file: string, dir: string) => T, ext = 'pdf'): T {
  const dir = mkdtempSync(join(tmpdir(), 'rebond-doc-'));
  try {
    const file = join(dir, `input.${ext}`);
    writeFileSync(file, bytes);
    return work(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small logo as a PNG data URL: a navy square with an orange band; RGBA (with transparency) when asked. */
export function logoPng(options: { alpha?: boolean } = {}): string {
  const size = 48;
  const channels = options.alpha ? 4 : 3;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * channels);
    for (let x = 0; x < size; x += 1) {
      const band = y > 30 && y < 40;
      row.set(band ? [240, 120, 30] : [31, 78, 121], 1 + x * channels);
      if (options.alpha) row[1 + x * channels + 3] = x < 8 ? 0 : 255;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, options.alpha ? 6 : 2, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}
