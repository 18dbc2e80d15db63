import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { openStore } from '../../../main/store/store';
import { tempDir } from '../../helpers/api';

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(
    argv,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir: { path: string; remove: () => void };
let data: string;
let batch: string;
beforeAll(() => {
  dir = tempDir();
  data = join(dir.path, 'data');
  expect(cli('demo', '--devices', '40', '--data-dir', data).code).toBe(0);
  batch = String(
    (JSON.parse(cli('list', 'batches', '--json', '--data-dir', data).out.split('\n')[0] ?? '{}') as { code?: string })
      .code,
  );
});
afterAll(() => dir.remove());

const referenceIn = (line: string) => /^([A-Z]{3,4}-\d{4}-\d{6})/.exec(line)?.[1] ?? '';

describe('rebond reprint', () => {
  it('writes the stored bytes of a document again, identical to the first print', () => {
    const first = join(dir.path, 'first.pdf');
    const issued = cli(
      'document',
      'labels',
      '--batch',
      batch,
      '--format',
      'roll-62',
      '--out',
      first,
      '--data-dir',
      data,
    );
    expect(issued.code).toBe(0);
    const reference = referenceIn(issued.out);
    const again = join(dir.path, 'again.pdf');
    const result = cli('reprint', reference.toLowerCase(), '--out', again, '--data-dir', data);
    const sha256 = createHash('sha256').update(readFileSync(first)).digest('hex');
    expect(result).toMatchObject({
      code: 0,
      out: `${reference} réécrit à l’identique dans ${again} (SHA-256 ${sha256}).`,
    });
    expect(readFileSync(again).equals(readFileSync(first))).toBe(true);
    // Reprinting issues nothing: the next document takes the next number.
    const next = cli('document', 'labels', '--batch', batch, '--out', join(dir.path, 'next.pdf'), '--data-dir', data);
    expect(referenceIn(next.out)).toBe(
      reference.replace(/\d{6}$/, (number) => String(Number(number) + 1).padStart(6, '0')),
    );
  });

  it('refuses an unknown or malformed reference (exit 2) and a purged document (exit 1), writing nothing', () => {
    const out = join(dir.path, 'refused.pdf');
    expect(cli('reprint', 'CERT-2026-999999', '--out', out, '--data-dir', data)).toMatchObject({
      code: 2,
      err: 'Aucun document ne porte la référence CERT-2026-999999.',
    });
    expect(cli('reprint', 'n’importe', '--out', out, '--data-dir', data)).toMatchObject({
      code: 2,
      err: expect.stringContaining('Référence de document invalide « n’importe »'),
    });
    expect(cli('reprint', '--out', out, '--data-dir', data)).toMatchObject({
      code: 2,
      err: expect.stringContaining('Indiquez la référence du document à réimprimer'),
    });
    expect(cli('reprint', 'CERT-2026-000001', '--data-dir', data)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--out FICHIER'),
    });

    const issued = cli(
      'document',
      'labels',
      '--batch',
      batch,
      '--out',
      join(dir.path, 'to-purge.pdf'),
      '--data-dir',
      data,
    );
    const reference = referenceIn(issued.out);
    // What anonymisation does to a paper that names a person: the bytes go, the reference and hash stay.
    const store = openStore(join(data, 'rebond.sqlite'));
    const document = store.documents.get(reference);
    expect(store.documents.purge(document?.id ?? 0, new Date().toISOString())).toBe(true);
    store.close();
    expect(cli('reprint', reference, '--out', out, '--data-dir', data, '--lang', 'en')).toMatchObject({
      code: 1,
      err: `The content of document ${reference} was erased with the personal data it held: it can no longer be reprinted.`,
    });
    expect(existsSync(out)).toBe(false);
  });
});
