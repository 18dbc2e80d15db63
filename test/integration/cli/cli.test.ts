import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { tempDir, removeAll } from '../../helpers/api';

const dirs: { remove: () => void }[] = [];
afterEach(() => removeAll(dirs));

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

function dataDir(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir.path;
}

describe('the rebond command', () => {
  it('seeds a demo across the lifecycle, checks it and counts it', () => {
    const dir = dataDir();
    const demo = cli('demo', '--devices', '400', '--data-dir', dir);
    expect(demo.code).toBe(0);
    expect(demo.out).toMatch(/^400 appareils créés en \d+ lots/);
    const stats = cli('stats', '--json', '--data-dir', dir);
    const counts = JSON.parse(stats.out) as Record<string, number>;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(400);
    for (const state of [
      'received',
      'awaiting_erasure',
      'quarantined',
      'erased',
      'in_refurbishment',
      'ready',
      'to_recycle',
      'recycled',
    ]) {
      expect(counts[state], state).toBeGreaterThan(0);
    }
    const check = cli('check', '--data-dir', dir, '--lang', 'en');
    expect(check).toMatchObject({ code: 0 });
    expect(check.out).toContain('SQLite integrity: OK');
    expect(check.out).toMatch(/Event chain: OK \([\d,]+ events verified\)/);
    expect(cli('stats', '--data-dir', dir).out).toMatch(/Prêt\s+[\d\u202f]+/);
  });

  it('demo refuses a folder that already holds data, and leaves it as it was', () => {
    const dir = dataDir();
    cli('demo', '--devices', '20', '--data-dir', dir);
    const before = cli('stats', '--json', '--data-dir', dir).out;
    const again = cli('demo', '--devices', '20', '--data-dir', dir);
    expect(again.code).toBe(2);
    expect(again.err).toContain('contient déjà des données');
    expect(cli('stats', '--json', '--data-dir', dir).out).toBe(before);
  });

  it('check exits 1 on an edited event and says where', () => {
    const dir = dataDir();
    cli('demo', '--devices', '50', '--data-dir', dir);
    const db = new Database(join(dir, 'rebond.sqlite'));
    db.exec("DROP TRIGGER events_no_update; UPDATE events SET payload = '{}' WHERE id = 7;");
    db.close();
    const check = cli('check', '--data-dir', dir);
    expect(check.code).toBe(1);
    expect(check.out).toContain('Chaîne des événements : ROMPUE à l’événement 7 (événement modifié)');
    expect(check.out).toContain('Des problèmes ont été trouvés.');
  });

  it('check exits 1 on a broken reference', () => {
    const dir = dataDir();
    cli('demo', '--devices', '20', '--data-dir', dir);
    const db = new Database(join(dir, 'rebond.sqlite'));
    db.pragma('foreign_keys = OFF');
    db.exec('UPDATE devices SET batch_id = 9999 WHERE id = 3');
    db.close();
    const check = cli('check', '--data-dir', dir);
    expect(check.code).toBe(1);
    expect(check.out).toContain('Clés étrangères : 1 référence cassée : devices ligne 3');
  });

  it('gives a clear message and exit 2 for unknown commands and bad options', () => {
    expect(cli('frobnicate')).toMatchObject({
      code: 2,
      err: expect.stringContaining('Commande inconnue « frobnicate ».'),
    });
    expect(cli('demo', '--devices', 'beaucoup', '--data-dir', dataDir())).toMatchObject({
      code: 2,
      err: expect.stringContaining(
        'L’option --devices attend un nombre entier de 1 à 1\u202f000\u202f000 (reçu « beaucoup »).',
      ),
    });
    expect(cli('stats', '--colour')).toMatchObject({ code: 2, err: expect.stringContaining('Option invalide') });
    // A folder without a database (a folder that does not exist is its own refusal: start-up-refusals.test.ts).
    expect(cli('check', '--data-dir', dataDir())).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^Aucune base Rebond/),
    });
    expect(cli()).toMatchObject({ code: 2, out: expect.stringContaining('Usage') });
  });
});
