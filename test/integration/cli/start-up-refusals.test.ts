import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/error-messages';
import { runCli } from '../../../main/cli/run';
import { DATABASE_FILE } from '../../../main/platform/data-dir';
import { openStore } from '../../../main/store/store';
import { openShellStore } from '../../../main/electron/open-store';
import { startBrowserEdition, StartRefused } from '../../../main/web/serve';
import { tempDir } from '../../helpers/api';
import { runAsOrdinaryAccount, STACK_LINE } from '../../helpers/another-user';

const dirs: { path: string; remove: () => void }[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    chmodSync(dir.path, 0o700);
    dir.remove();
  }
});

function folder(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir.path;
}

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

describe('rebond check on what is not a Rebond database', () => {
  it('a --data-dir pointing nowhere: its own message, exit 1, and no folder created', () => {
    const nowhere = join(folder(), 'no-such-folder');
    const run = cli('check', '--data-dir', nowhere, '--lang', 'en');
    expect(run).toMatchObject({ code: 1, out: '' });
    expect(run.err).toBe(errorMessage('en', 'data_folder_missing', { dir: nowhere }));
    expect(existsSync(nowhere)).toBe(false);
  });

  it('an empty file says it is empty, not damaged', () => {
    const dir = folder();
    writeFileSync(join(dir, DATABASE_FILE), '');
    const run = cli('check', '--data-dir', dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain('est un fichier vide');
    expect(run.err).not.toContain('endommagée');
  });

  it('a database Rebond never set up says so, not damaged', () => {
    const dir = folder();
    const db = new Database(join(dir, DATABASE_FILE));
    db.exec('CREATE TABLE notes (text TEXT)');
    db.close();
    const run = cli('check', '--data-dir', dir, '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.err).toContain('that Rebond never set up');
    expect(run.err).not.toContain('damaged');
  });

  it('real damage says damaged, and the file is left as it was', () => {
    const dir = folder();
    const path = join(dir, DATABASE_FILE);
    writeFileSync(path, Buffer.alloc(20_000, 0x5a));
    const run = cli('check', '--data-dir', dir, '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.err).toContain('is damaged (file is not a database)');
    expect(readFileSync(path).equals(Buffer.alloc(20_000, 0x5a))).toBe(true);
  });

  it('a folder in place of the database file is named', () => {
    const dir = folder();
    mkdirSync(join(dir, DATABASE_FILE));
    for (const command of ['check', 'demo']) {
      const run = cli(command, '--data-dir', dir, '--devices', '5');
      expect(run.code, command).toBe(1);
      expect(run.err, command).toContain('n’est pas un fichier de base de données');
    }
  });
});

describe('a bug in a command', () => {
  it('prints a short reference and where the log is, never a stack trace, and the log holds the stack', () => {
    const dir = folder();
    openStore(join(dir, DATABASE_FILE)).close();
    // A real internal error: the table the statistics read has lost its columns (a missing table is damage).
    const db = new Database(join(dir, DATABASE_FILE));
    db.exec('DROP TABLE device_counts; CREATE TABLE device_counts (elsewhere TEXT)');
    db.close();
    const run = cli('stats', '--data-dir', dir, '--lang', 'en');
    expect(run.code).toBe(1);
    const ref = /Reference (ERR-[0-9A-F]{6})\./.exec(run.err)?.[1] ?? '';
    expect(ref).not.toBe('');
    expect(run.err).toContain(`The details are in the log ${join(dir, 'logs', 'rebond.log')}, under reference ${ref}.`);
    expect(run.err).not.toMatch(STACK_LINE);
    const lines = readFileSync(join(dir, 'logs', 'rebond.log'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const entry = lines.find((line) => line.ref === ref);
    expect(entry).toMatchObject({ event: 'internal_error', where: 'cli stats', edition: 'cli' });
    expect(entry?.err).toMatchObject({ stack: expect.stringMatching(STACK_LINE) });
  });
});

describe('the desktop shell on a damaged file', () => {
  it('gets the translated refusal to show in its dialog, and logs it in the data folder', () => {
    const data = folder();
    writeFileSync(join(data, DATABASE_FILE), Buffer.alloc(8192, 0x42));
    const opened = openShellStore(data, 'en', { kind: 'default' });
    expect(opened).toEqual({ ok: false, message: expect.stringContaining('is damaged (file is not a database)') });
    const entry = JSON.parse(readFileSync(join(data, 'logs', 'rebond.log'), 'utf8').trim()) as Record<string, unknown>;
    expect(entry).toMatchObject({ edition: 'desktop', event: 'start_refused', code: 'database_damaged' });
  });
});

describe('the browser edition on a port already taken', () => {
  it('refuses with what to do, logs it, and leaves the data folder closed', async () => {
    const data = folder();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const refused = await startBrowserEdition({ dataDir: data, port, staticDir: data, lang: 'en' }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(StartRefused);
      expect((refused as Error).message).toBe(
        `Port ${port} is already in use, perhaps by another Rebond that is open: close it, or choose another port with --port.`,
      );
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
    const events = readFileSync(join(data, 'logs', 'rebond.log'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { event: string }).event);
    expect(events).toEqual(['start', 'start_refused', 'stop']);
  });
});

describe('a folder this account may not write or open, for real (as an ordinary account)', () => {
  it('a read-only folder: demo is refused as read-only with what to do, without a stack trace, and the file is unchanged', () => {
    const home = folder();
    const data = join(home, 'data');
    openStore(join(data, DATABASE_FILE)).close();
    const before = readFileSync(join(data, DATABASE_FILE));
    chmodSync(join(data, DATABASE_FILE), 0o444);
    chmodSync(data, 0o555);
    const run = runAsOrdinaryAccount(
      ['main/cli/index.ts', 'demo', '--devices', '5', '--data-dir', data, '--lang', 'en'],
      home,
    );
    chmodSync(data, 0o755);
    expect(run.stderr.trim()).toBe(errorMessage('en', 'data_folder_read_only', { dir: data }));
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(readFileSync(join(data, DATABASE_FILE)).equals(before)).toBe(true);
  });

  it('a folder this account may not open: permission denied, not "damaged", not missing', () => {
    const home = folder();
    const data = join(home, 'data');
    openStore(join(data, DATABASE_FILE)).close();
    chmodSync(data, 0o000);
    const run = runAsOrdinaryAccount(['main/cli/index.ts', 'check', '--data-dir', data, '--lang', 'en'], home);
    chmodSync(data, 0o755);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Your account is not allowed to open');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('the browser edition on a read-only folder prints the refusal and exits 1, without a stack trace', () => {
    const home = folder();
    const data = join(home, 'data');
    mkdirSync(data);
    chmodSync(data, 0o555);
    const run = runAsOrdinaryAccount(
      ['main/web/serve.ts', '--data-dir', data, '--port', '0', '--no-open', '--lang', 'en'],
      home,
    );
    chmodSync(data, 0o755);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(errorMessage('en', 'data_folder_read_only', { dir: data }));
  });

  it('the browser edition on a damaged file: the damage, exit 1, no stack trace, and the refusal in the log', () => {
    const home = folder();
    const data = join(home, 'data');
    mkdirSync(data);
    writeFileSync(join(data, DATABASE_FILE), Buffer.alloc(8192, 0x42));
    chmodSync(join(data, DATABASE_FILE), 0o666);
    chmodSync(data, 0o777);
    const run = runAsOrdinaryAccount(['main/web/serve.ts', '--data-dir', data, '--port', '0', '--no-open'], home);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('est endommagée');
    expect(run.stderr).not.toMatch(STACK_LINE);
    const log = readFileSync(join(data, 'logs', 'rebond.log'), 'utf8');
    expect(JSON.parse(log.trim())).toMatchObject({ event: 'start_refused', code: 'database_damaged', edition: 'web' });
  });
});
