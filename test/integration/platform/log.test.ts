import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTP } from '../../../shared/contract/client';
import { LOG_FILE, LOG_FOLDER, openLog } from '../../../main/platform/log';
import { rotatedName, rotatingFile } from '../../../main/platform/rotating-file';
import { DATABASE_FILE } from '../../../main/platform/data-dir';
import { openStore } from '../../../main/store/store';
import { startBrowserEdition } from '../../../main/web/serve';
import { harnessFor, tempDir, removeAll } from '../../helpers/api';
import { setUpLending } from '../../helpers/lending';

const dirs: { remove: () => void }[] = [];
afterEach(() => removeAll(dirs));

function folder(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir.path;
}

/** Every byte Rebond wrote under `<data dir>/logs`, all rotated files included. */
function allLogText(dataDir: string): string {
  const logs = join(dataDir, LOG_FOLDER);
  return readdirSync(logs)
    .map((name) => readFileSync(join(logs, name), 'utf8'))
    .join('');
}

describe('the log file', () => {
  it('rotates by size: the newest lines in rebond.log, the older in rebond.1.log, .2.log, and no more than kept', () => {
    const path = join(folder(), 'rebond.log');
    const file = rotatingFile(path, 200, 2);
    for (let i = 0; i < 40; i++) file.write(`line ${String(i).padStart(3, '0')} ${'x'.repeat(30)}\n`);
    file.close();
    expect(existsSync(rotatedName(path, 1))).toBe(true);
    expect(existsSync(rotatedName(path, 2))).toBe(true);
    expect(existsSync(rotatedName(path, 3))).toBe(false);
    for (const name of [path, rotatedName(path, 1), rotatedName(path, 2)])
      expect(statSync(name).size).toBeLessThanOrEqual(200);
    expect(readFileSync(path, 'utf8')).toContain('line 039');
    expect(readFileSync(rotatedName(path, 1), 'utf8')).not.toContain('line 039');
    expect((statSync(path).mode & 0o777).toString(8)).toBe('600');
  });

  it('is never the reason a folder appears: a missing data folder gives a log that writes nothing', () => {
    const nowhere = join(folder(), 'typo');
    const opened = openLog(nowhere, 'cli');
    opened.log.info({ event: 'start' }, 'x');
    opened.close();
    expect(opened.file).toBeNull();
    expect(existsSync(nowhere)).toBe(false);
  });

  it('redacts secrets and personal details whatever logs them', () => {
    const dir = folder();
    const opened = openLog(dir, 'web');
    opened.log.warn(
      {
        event: 'test',
        token: 'tok-SECRET-91',
        pin: '4827',
        input: { lastName: 'Quintavalle' },
        person: { email: 'zq@example.org', phone: '0611223344' },
      },
      'probe',
    );
    opened.close();
    const text = allLogText(dir);
    for (const secret of ['tok-SECRET-91', '4827', 'Quintavalle', 'zq@example.org', '0611223344'])
      expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
    expect(JSON.parse(text.trim())).toMatchObject({ level: 40, edition: 'web', event: 'test', msg: 'probe' });
  });
});

describe('the browser edition’s log, end to end', () => {
  it('records start, internal errors by the reference the user sees, and shutdown; never the launch code, the session cookie, a PIN or a name', async () => {
    const dataDir = folder();
    const staticDir = folder();
    const seeded = harnessFor(openStore(join(dataDir, DATABASE_FILE)));
    const desk = setUpLending(seeded);
    seeded.close();

    const running = await startBrowserEdition({ dataDir, port: 0, staticDir });
    const launchCode = new URL(running.url).hash.slice(`#${HTTP.codeParameter}=`.length);
    const opened = await fetch(`${running.origin}${HTTP.openPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: launchCode }),
    });
    const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).not.toBe('');
    const call = async (method: string, input: unknown) => {
      const response = await fetch(`${running.origin}${HTTP.apiPrefix}${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(input),
      });
      return (await response.json()) as {
        ok: boolean;
        value?: unknown;
        error?: { code: string; message: string; params?: { ref?: string } };
      };
    };
    const person = { firstName: 'Zéphyrine', lastName: 'Quintavalle-Brisebois', email: 'zephyrine.qb@example.org' };
    try {
      // The administrator gives a new coordinator the PIN 482716, who then signs in with it (once wrongly).
      expect((await call('session.signIn', { operatorId: desk.ids.admin })).ok).toBe(true);
      const coordinator = await call('operators.create', {
        name: 'Camille Coordination',
        roles: ['coordinator'],
        pin: '482716',
      });
      const coordinatorId = (coordinator.value as { id: number }).id;
      expect((await call('session.signIn', { operatorId: coordinatorId, pin: '000000' })).ok).toBe(false);
      expect((await call('session.signIn', { operatorId: coordinatorId, pin: '482716' })).ok).toBe(true);
      const created = await call('beneficiaries.create', {
        partnerId: desk.school,
        reference: 'LOG-REF-7731',
        category: 'pupil',
        minor: false,
        firstName: person.firstName,
        lastName: person.lastName,
        contactEmail: person.email,
      });
      expect(created.ok).toBe(true);
      // A real internal error: the table the search reads is gone (renamed by another connection).
      const other = new Database(join(dataDir, DATABASE_FILE));
      other.exec('ALTER TABLE beneficiaries RENAME TO beneficiaries_elsewhere');
      other.close();
      const failed = await call('beneficiaries.search', { query: person.lastName });
      expect(failed.ok).toBe(false);
      expect(failed.error?.code).toBe('internal_error');
      const ref = failed.error?.params?.ref ?? '';
      expect(ref).toMatch(/^ERR-[0-9A-F]{6}$/);
      expect(failed.error?.message).toContain(ref);

      const lines = allLogText(dataDir)
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const internal = lines.find((line) => line.ref === ref);
      expect(internal).toMatchObject({ event: 'internal_error', where: 'beneficiaries.search', edition: 'web' });
      expect(internal?.err).toMatchObject({ stack: expect.stringContaining('no such table') });
      expect(lines.map((line) => line.event)).toEqual(expect.arrayContaining(['start', 'listening']));
    } finally {
      await running.close();
    }
    const text = allLogText(dataDir);
    expect(text).toContain('"event":"stop"');
    for (const secret of [
      launchCode,
      cookie.slice(cookie.indexOf('=') + 1),
      '482716',
      person.firstName,
      person.lastName,
      person.email,
      'LOG-REF-7731',
    ]) {
      expect(text, secret).not.toContain(secret);
    }
    expect(running.logFile).toBe(join(dataDir, LOG_FOLDER, LOG_FILE));
  });
});
