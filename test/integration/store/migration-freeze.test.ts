import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../main/store/migrations';

/**
 * The SHA-256 of each released migration's SQL. A released migration never changes: a database at `user_version` N
 * must have the same schema whichever Rebond created it. To add a migration, add its line here once it is final
 * (the failure below prints the hash); never edit a line.
 */
const RELEASED: readonly { version: number; name: string; sha256: string }[] = [
  { version: 1, name: 'core', sha256: 'd60b7ee4a84451a0c1385eae87d73a392e1aeb3e57ec241f364b8c63179fe0c0' },
  {
    version: 2,
    name: 'inventory-sort-indexes',
    sha256: '87513d3c267d8e046edf1f8f3ade07cce6050ec66badc2314841f4730875dd54',
  },
  { version: 3, name: 'lending', sha256: '5dcf787a8ca210043edb8506fb97e0fd503d1ed20f007b51b043d33f1f81fa86' },
  { version: 4, name: 'documents', sha256: 'c07f7424b70ceb6aea14e08e7a46f99911f9d6770bab1b726c3c5caae90ca303' },
  {
    version: 5,
    name: 'agreement-templates-signatures',
    sha256: '70f31e7c48e08fb7b0f3d63ec650fcf38dc12e3ac63abed682c841b65e2d01c8',
  },
  { version: 6, name: 'event-notes', sha256: '0a23ade7fd50d62fd8a0aff1e2758a53715353c76a404c4efe87c7cd25b94324' },
  { version: 7, name: 'access', sha256: '7376d35c28a15de540bc14d533f400601b7f125494da61fbca51be1f739377ad' },
  { version: 8, name: 'certificates', sha256: '22c54df5c4575cdfe2382fb653bc1af6f7a742fa994c4ddc941061eeb3b8307b' },
  {
    version: 9,
    name: 'agreement-variants',
    sha256: '640e85a75a64ac6848b8e50d94cbb8e173aa5db9deaf6120f8962d88ad704cb0',
  },
  { version: 10, name: 'device-counts', sha256: 'a3c1762cb1bec60d91382667b509435b870bef040944d651b6168424791e68ff' },
  { version: 11, name: 'voided-devices', sha256: '44d9e96c70421901c8c231bc68eb8c1cb6c3821d3e4b2ee8a1f681496f3228c2' },
  { version: 12, name: 'imports', sha256: '9b7f7f65956aa9a6380cc5abbe2fc73a5c7c2dcc2f01bf56be61ec53f254233d' },
  { version: 13, name: 'hub', sha256: '5d8049dfa53984c5a6db5a8c80a4fe2cde618ca6f19c8aa4719b269122666c06' },
  { version: 14, name: 'drive-removals', sha256: '846f13b7f44b0c47e44119cbde968f9798c0ab6cfc9d850b731c99bd53440562' },
  { version: 15, name: 'waste-register', sha256: 'e81a06280af72e3794e9a5a6dc40ddcc73d414622f6a5fee440e999f5def26d0' },
  { version: 16, name: 'tax-receipts', sha256: 'f74d113104ac018ca8a22f710def96d860f10196cf5b97a1fe01cd80605196a7' },
  {
    version: 17,
    name: 'tax-receipt-cancellation',
    sha256: 'c62dd7efbccb211cb54d0662285221b7b2e59b47a59c8b5d177b4101b535020c',
  },
];

const DIR = new URL('../../../main/store/migrations/', import.meta.url);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const sources = readdirSync(DIR)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file, text: readFileSync(new URL(file, DIR), 'utf8') }));
const steps = sources.filter((source) => /^\d{4}-/.test(source.file));

describe('released migrations are frozen', () => {
  it('every migration is recorded, and its SQL is the text that was released', () => {
    const actual = MIGRATIONS.map((migration) => ({
      version: migration.version,
      name: migration.name,
      sha256: sha256(migration.sql),
    }));
    expect(actual).toEqual(RELEASED);
  });

  it('no file in main/store/migrations imports from shared/', () => {
    const importing = sources
      .filter((source) => /from\s+['"][^'"]*shared\//.test(source.text))
      .map((source) => source.file);
    expect(sources.length).toBeGreaterThan(steps.length);
    expect(importing).toEqual([]);
  });

  it('each step is one literal SQL text: it imports only the Migration type and interpolates nothing', () => {
    expect(steps.map((step) => step.file.slice(0, 4))).toEqual(
      MIGRATIONS.map((migration) => String(migration.version).padStart(4, '0')),
    );
    steps.forEach((step, index) => {
      const imports = step.text.match(/^import .*$/gm) ?? [];
      expect(imports, step.file).toEqual(["import type { Migration } from './migration';"]);
      expect(step.text.includes('${'), step.file).toBe(false);
      expect(
        step.text.includes(`\`${MIGRATIONS[index]?.sql}\``),
        `${step.file} holds its SQL as one template string`,
      ).toBe(true);
    });
  });
});
