import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliAsync } from '../../../main/cli/run';
import { openStore } from '../../../main/store/store';
import { harnessFor, tempDir, removeAll } from '../../helpers/api';
import { samplePath } from '../../helpers/samples';
import { setUpWorkshop } from '../../helpers/workshop';

const dirs: { remove: () => void }[] = [];
afterEach(() => removeAll(dirs));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCliAsync(
    argv,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function workshop() {
  const dir = tempDir();
  dirs.push(dir);
  const h = harnessFor(openStore(join(dir.path, 'rebond.sqlite')));
  const w = setUpWorkshop(h);
  const batch = h.call(w.tech, 'batches.get', { id: w.batchId }).code;
  h.close();
  return { dir: dir.path, batch };
}

const devices = (dir: string) => {
  const store = openStore(join(dir, 'rebond.sqlite'), { readonly: true });
  try {
    return store.db.prepare('SELECT count(*) FROM devices').pluck().get() as number;
  } finally {
    store.close();
  }
};

describe('rebond import', () => {
  it('--dry-run prints the preview and saves nothing; without it the import is saved, and a second run changes nothing', async () => {
    const { dir, batch } = workshop();
    const files = [samplePath('ereuse/hp_probook_g8.json'), samplePath('lshw/dell_latitude_e7240_lshw.json')];
    const common = ['--data-dir', dir, '--batch', batch, '--operator', 'Théo Technicien', '--lang', 'en'];
    const dry = await cli('import', ...files, ...common, '--dry-run');
    expect(dry.err).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('hp_probook_g8.json (Workbench 11.0b11) — created: 1 ·');
    expect(dry.out).toContain('Preview only');
    expect(devices(dir)).toBe(0);

    const saved = await cli('import', ...files, ...common, '--json');
    expect(saved.code).toBe(0);
    const result = JSON.parse(saved.out) as { counts: Record<string, number> };
    expect(result.counts).toMatchObject({ create: 2, refuse: 0 });
    expect(devices(dir)).toBe(2);

    const again = await cli('import', ...files, ...common);
    expect(again.code).toBe(0);
    expect(again.out).toContain('already imported');
    expect(devices(dir)).toBe(2);
  });

  it('exits 1 when records are refused, naming why; 2 without an operator', async () => {
    const { dir, batch } = workshop();
    const refused = await cli(
      'import',
      samplePath('nwipe-single-drive/nwipe_log.txt'),
      '--data-dir',
      dir,
      '--batch',
      batch,
      '--operator',
      'Théo Technicien',
      '--lang',
      'en',
    );
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('choose the device on the preview');
    const usage = await cli(
      'import',
      samplePath('nwipe-single-drive/nwipe_log.txt'),
      '--data-dir',
      dir,
      '--lang',
      'en',
    );
    expect(usage.code).toBe(2);
    const unknown = await cli(
      'import',
      samplePath('README.md'),
      '--data-dir',
      dir,
      '--operator',
      'Théo Technicien',
      '--lang',
      'en',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('README.md');
  });
});
