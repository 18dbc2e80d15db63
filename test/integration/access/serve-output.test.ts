import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTP } from '../../../shared/contract/client';
import { tempDir } from '../../helpers/api';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const step of cleanup.reverse()) step();
  cleanup = [];
});

describe('npm run serve', () => {
  it('prints one line with a one-time code, keeps every secret off its command line, and prints nothing more', async () => {
    const data = tempDir('rebond-serve-');
    const child = spawn(TSX, ['main/web/serve.ts', '--data-dir', data.path, '--port', '0', '--no-open'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanup.push(
      () => data.remove(),
      () => child.kill('SIGKILL'),
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const match = /^Rebond: (http:\/\/127\.0\.0\.1:\d+)\/#code=([\w-]+)$/.exec(firstLine);
    expect(match).not.toBeNull();
    const [, origin, code] = match as unknown as [string, string, string];

    const opened = await fetch(`${origin}${HTTP.openPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const cookie = opened.headers.get('set-cookie')?.split(';')[0] ?? '';
    const secret = cookie.split('=')[1] ?? '';
    expect(secret.length).toBeGreaterThan(30);
    const state = await fetch(`${origin}${HTTP.apiPrefix}session.state`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    });
    expect(await state.json()).toMatchObject({ ok: true, value: { needsSetup: true } });

    const commandLine = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8');
    expect(commandLine).not.toContain(secret);
    expect(commandLine).not.toContain(code);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    expect(stdout).toBe(`${firstLine}\n`);
    expect(stdout).not.toContain(secret);
  }, 30_000);
});
