import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { DOCUMENT_REGISTRY } from '../../../main/documents/registry';
import { DONOR_REPORT_FORMATS } from '../../../shared/contract/donor-report';
import { DOCUMENT_FORMATS, DOCUMENT_KINDS } from '../../../shared/domain/documents';
import { tempDir } from '../../helpers/api';
import { pdfInfo, pdfLayoutText } from '../../helpers/pdf';

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(
    argv,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n'), lines: out };
}

let dir: { path: string; remove: () => void };
let data: string;
beforeAll(() => {
  dir = tempDir();
  data = join(dir.path, 'data');
  expect(cli('demo', '--devices', '80', '--data-dir', data).code).toBe(0);
});
afterAll(() => dir.remove());

const list = (what: string, ...extra: string[]) => {
  const result = cli('list', what, '--json', '--data-dir', data, ...extra);
  expect(result.code).toBe(0);
  return result.lines.map((line) => JSON.parse(line) as Record<string, string | number | null>);
};

describe('rebond list', () => {
  it('prints one parsable JSON object per line, filtered by status', () => {
    const devices = list('devices');
    expect(devices).toHaveLength(80);
    expect(devices[0]).toMatchObject({
      id: 1,
      assetTag: expect.any(String),
      status: expect.any(String),
      batch: expect.any(String),
    });
    const ready = list('devices', '--status', 'ready');
    expect(ready.length).toBeGreaterThan(0);
    expect(ready.every((device) => device.status === 'ready')).toBe(true);
    const batches = list('batches');
    expect(batches.reduce((sum, batch) => sum + Number(batch.devices), 0)).toBe(80);
    for (const what of ['handovers', 'returns']) expect(Array.isArray(list(what))).toBe(true);
  });

  it('prints a readable table without --json, and exits 2 on a bad list or status', () => {
    const table = cli('list', 'batches', '--data-dir', data);
    expect(table.code).toBe(0);
    expect(table.lines[0]).toMatch(/^id\s+code\s+donor\s+site/);
    expect(cli('list', 'donkeys', '--data-dir', data)).toMatchObject({
      code: 2,
      err: expect.stringContaining('Liste inconnue « donkeys »'),
    });
    expect(cli('list', 'devices', '--status', 'shiny', '--data-dir', data, '--lang', 'en')).toMatchObject({
      code: 2,
      err: expect.stringContaining('Unknown status "shiny" for devices'),
    });
  });
});

describe('rebond document', () => {
  it('writes an erasure certificate for a device whose erasure is proven', () => {
    const [device] = list('devices', '--status', 'ready');
    const out = join(dir.path, 'certificate.pdf');
    const result = cli(
      'document',
      'erasure-certificate',
      '--device',
      String(device?.assetTag),
      '--out',
      out,
      '--data-dir',
      data,
    );
    expect(result).toMatchObject({ code: 0, out: expect.stringMatching(/^CERT-\d{4}-000001 : 1 page écrite dans /) });
    const pdf = readFileSync(out);
    expect(pdfInfo(pdf).pages).toBe(1);
    expect(pdfLayoutText(pdf)).toContain(String(device?.assetTag));
  });

  it('writes a batch’s labels in the format asked, in English', () => {
    const [batch] = list('batches');
    const out = join(dir.path, 'labels.pdf');
    const result = cli(
      'document',
      'labels',
      '--batch',
      String(batch?.code),
      '--format',
      'dymo-54x25',
      '--lang',
      'en',
      '--out',
      out,
      '--data-dir',
      data,
    );
    expect(result).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^LBL-\d{4}-000001: (1 page|\d+ pages) written to /),
    });
    // Recycled and lost devices get no label.
    const labelled = list('devices').filter(
      (device) => device.batch === batch?.code && device.status !== 'recycled' && device.status !== 'lost_stolen',
    );
    expect(labelled.length).toBeLessThan(Number(batch?.devices));
    expect(pdfInfo(readFileSync(out)).pages).toBe(labelled.length);
  });

  it('refuses a certificate for a device whose erasure is not proven (exit 1), writing no file', () => {
    const [device] = list('devices', '--status', 'received');
    const out = join(dir.path, 'refused.pdf');
    const result = cli(
      'document',
      'erasure-certificate',
      '--device',
      String(device?.assetTag),
      '--out',
      out,
      '--data-dir',
      data,
    );
    expect(result).toMatchObject({
      code: 1,
      err: expect.stringContaining(`Pas de certificat pour ${String(device?.assetTag)}`),
    });
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with a clear message on bad usage, a bad reference or a kind not available yet', () => {
    const out = join(dir.path, 'x.pdf');
    expect(
      cli('document', 'erasure-certificate', '--device', 'NOPE-1', '--out', out, '--data-dir', data),
    ).toMatchObject({
      code: 2,
      err: 'Introuvable : --device NOPE-1.',
    });
    expect(cli('document', 'labels', '--batch', '99999', '--out', out, '--data-dir', data)).toMatchObject({
      code: 2,
      err: 'Introuvable : --batch 99999.',
    });
    expect(cli('document', 'invoice', '--device', 'X', '--out', out, '--data-dir', data)).toMatchObject({
      code: 2,
      err: expect.stringContaining('Document inconnu « invoice »'),
    });
    expect(cli('document', 'labels', '--out', out, '--data-dir', data)).toMatchObject({
      code: 2,
      err: expect.stringContaining('Indiquez un seul type de sujet'),
    });
    expect(cli('document', 'labels', '--device', 'X', '--batch', '1', '--out', out, '--data-dir', data).code).toBe(2);
    expect(cli('document', 'labels', '--device', 'X', '--data-dir', data)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--out FICHIER'),
    });
    expect(
      cli('document', 'labels', '--device', 'X', '--format', 'a5', '--out', out, '--data-dir', data),
    ).toMatchObject({
      code: 2,
      err: expect.stringContaining('--format a5'),
    });
    const missing = (['agreement', 'receipt', 'return-receipt'] as const).filter((kind) => !DOCUMENT_REGISTRY[kind]);
    for (const kind of missing) {
      expect(cli('document', kind, '--handover', '1', '--out', out, '--data-dir', data)).toMatchObject({
        code: 2,
        err: `Le document « ${kind} » n’est pas encore disponible dans cette version de Rebond.`,
      });
    }
    expect(
      cli('document', 'receipt', '--handover', '1', '--dpi', '203', '--out', out, '--data-dir', data),
    ).toMatchObject({
      code: 2,
      err: expect.stringContaining('ne valent que pour les étiquettes'),
    });
    expect(cli('document', 'labels', '--device', 'X', '--dpi', '250', '--out', out, '--data-dir', data)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--dpi 250'),
    });
    expect(cli('document', 'labels', '--device', 'X', '--start', '25', '--out', out, '--data-dir', data)).toMatchObject(
      { code: 2, err: expect.stringContaining('--start') },
    );
    expect(existsSync(out)).toBe(false);
  });

  it('lists every document kind, format and printer resolution in its usage, the reprint and report commands', () => {
    const { out } = cli('--help');
    for (const kind of DOCUMENT_KINDS) expect(out).toContain(kind);
    for (const format of DOCUMENT_FORMATS) expect(out).toContain(format);
    expect(out).toContain('--dpi 203|300|600');
    expect(out).toContain('reprint RÉFÉRENCE --out FICHIER');
    expect(out).toContain(`report donor --donor N --from JOUR --to JOUR --format ${DONOR_REPORT_FORMATS.join('|')}`);
    expect(out).toContain(`report programme --programme N --from JOUR --to JOUR --format pdf|xlsx`);
  });
});

describe('rebond document with several subjects in one call', () => {
  it('makes one labels PDF for several devices, given repeated or as a list, with the label options', () => {
    const devices = list('devices', '--status', 'ready')
      .slice(0, 3)
      .map((device) => String(device.assetTag));
    const out = join(dir.path, 'three-labels.pdf');
    const result = cli(
      'document',
      'labels',
      '--device',
      devices[0] ?? '',
      '--device',
      `${devices[1]},${devices[2]}`,
      '--format',
      'roll-62',
      '--dpi',
      '300',
      '--no-grade',
      '--out',
      out,
      '--data-dir',
      data,
    );
    expect(result).toMatchObject({ code: 0, out: expect.stringMatching(/^LBL-\d{4}-\d{6} : 3 pages écrites dans /) });
    expect(result.lines).toHaveLength(1);
    const text = pdfLayoutText(readFileSync(out));
    for (const tag of devices) expect(text).toContain(tag);
    expect(text).not.toContain('Grade');
    const sheet = join(dir.path, 'sheet.pdf');
    expect(
      cli('document', 'labels', '--device', devices.join(','), '--start', '23', '--out', sheet, '--data-dir', data)
        .code,
    ).toBe(0);
    expect(pdfInfo(readFileSync(sheet)).pages).toBe(2);
  });

  it('writes one document per handover into the folder --out names, and refuses a file there or an unknown subject', () => {
    const [first, second] = list('handovers').map((handover) => String(handover.number));
    const folder = join(dir.path, 'receipts');
    const result = cli(
      'document',
      'receipt',
      '--handover',
      `${first},${second}`,
      '--handover',
      String(first),
      '--out',
      folder,
      '--data-dir',
      data,
    );
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.lines).toHaveLength(2);
    const files = readdirSync(folder).sort();
    expect(files).toHaveLength(2);
    for (const file of files) expect(file).toMatch(/^RCP-\d{4}-\d{6}\.pdf$/);
    expect(pdfLayoutText(readFileSync(join(folder, files[1] ?? '')))).toContain(String(second));
    const file = join(dir.path, 'not-a-folder.pdf');
    writeFileSync(file, '');
    expect(
      cli('document', 'receipt', '--handover', `${first},${second}`, '--out', file, '--data-dir', data),
    ).toMatchObject({
      code: 2,
      err: expect.stringContaining('--out doit nommer un dossier'),
    });
    expect(
      cli('document', 'receipt', '--handover', `${first},RM-1999-9999`, '--out', folder, '--data-dir', data),
    ).toMatchObject({
      code: 2,
      err: 'Introuvable : --handover RM-1999-9999.',
    });
    expect(readdirSync(folder)).toHaveLength(2);
  });

  it('issues the documents it may and names each one refused (exit 1)', () => {
    const handovers = list('handovers');
    const loan = handovers.find((handover) => handover.kind === 'loan');
    const donation = handovers.find((handover) => handover.kind === 'donation');
    const folder = join(dir.path, 'agreements');
    const result = cli(
      'document',
      'agreement',
      '--handover',
      `${String(loan?.number)},${String(donation?.number)}`,
      '--out',
      folder,
      '--data-dir',
      data,
    );
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([expect.stringMatching(/^AGR-\d{4}-\d{6} : \d+ pages? écrites? dans /)]);
    expect(result.err).toMatch(new RegExp(`^--handover ${String(donation?.number)} : `));
    expect(readdirSync(folder)).toHaveLength(1);
  });
});
