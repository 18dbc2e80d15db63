/**
 * The bundles as postinstall and the package scripts make them: with plain Node (main/build/build.mjs), needing
 * only runtime dependencies, and rebuilt by --if-stale exactly when a file they were made from is newer.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { PROJECT_DIR } from '../../../main/electron/packaging/check';
import { requiredPackages } from '../../../main/electron/packaging/inspect';

const build = (...args: string[]) =>
  spawnSync(process.execPath, ['main/build/build.mjs', ...args], { cwd: PROJECT_DIR, encoding: 'utf8' });
const file = (path: string) => join(PROJECT_DIR, path);
const runtimeDependencies = new Set(
  Object.keys((JSON.parse(readFileSync(file('package.json'), 'utf8')) as { dependencies: object }).dependencies),
);

describe('the bundles', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'rebond-bundles-'));
    const built = build('cli', 'web');
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('builds the CLI with plain Node, needing only runtime dependencies to build and to run', () => {
    expect(
      [...requiredPackages(readFileSync(file('dist/cli/rebond.cjs'), 'utf8'))].filter(
        (name) => !runtimeDependencies.has(name),
      ),
    ).toEqual([]);
    const builder = readFileSync(file('dist/build/run.mjs'), 'utf8');
    const imported = [...builder.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1] ?? '');
    const packages = imported
      .filter((name) => !name.startsWith('node:') && !builtinModules.includes(name))
      .map((name) => name.split('/')[0] ?? name);
    expect(packages).toContain('esbuild');
    expect(packages.filter((name) => !runtimeDependencies.has(name))).toEqual([]);
  });

  it('stamps each bundle with the source files it was made from, all of them real files', () => {
    for (const name of ['cli', 'web']) {
      const stamp = JSON.parse(readFileSync(file(`dist/build/${name}.json`), 'utf8')) as {
        outfile: string;
        inputs: string[];
      };
      expect(
        stamp.inputs.filter((input) => !existsSync(file(input))),
        name,
      ).toEqual([]);
      expect(stamp.inputs).toContain('main/build/bundles.ts');
    }
    expect(JSON.parse(readFileSync(file('dist/build/web.json'), 'utf8')).inputs).toContain('main/web/serve.ts');
  });

  it('runs the bundled CLI with plain Node on a demo database', () => {
    expect(runCli(['demo', '--devices', '10', '--seed', '4', '--data-dir', dataDir], () => {})).toBe(0);
    const stats = spawnSync(process.execPath, [file('dist/cli/rebond.cjs'), 'stats', '--json', '--data-dir', dataDir], {
      encoding: 'utf8',
    });
    expect(stats.stderr).toBe('');
    expect(stats.status).toBe(0);
    const counts = JSON.parse(stats.stdout) as Record<string, unknown>;
    expect(Object.keys(counts).length).toBeGreaterThan(0);
  });

  it('runs the bundled browser edition with plain Node: one server, on the port it prints', async () => {
    const child = spawn(
      process.execPath,
      [file('dist/web/serve.cjs'), '--port', '0', '--no-open', '--data-dir', dataDir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      let output = '';
      child.stdout.setEncoding('utf8');
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          output += chunk;
          const found = /Rebond: (http:\/\/127\.0\.0\.1:\d+)\/#code=([\w-]+)/.exec(output);
          if (found) resolve(`${found[1] ?? ''} ${found[2] ?? ''}`);
        });
        child.once('exit', (status) => reject(new Error(`serve.cjs exited ${status}: ${output}`)));
      });
      // The API, which needs no built renderer: the one-time code it printed opens a session.
      const [origin, code] = url.split(' ');
      const call = (headers: Record<string, string>) =>
        fetch(`${origin}/api/session.state`, {
          method: 'POST',
          body: '{}',
          headers: { 'content-type': 'application/json', ...headers },
        });
      expect((await call({})).status).toBe(401);
      const opened = await fetch(`${origin}/open`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      expect(await (await call({ cookie })).json()).toMatchObject({ ok: true });
      // The bundle's entry runs the server once: a second start would have printed a second address.
      expect(output.match(/Rebond: /g)).toHaveLength(1);
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
  }, 30_000);

  it('--if-stale leaves an up-to-date bundle alone and rebuilds one with a newer source', () => {
    const bundle = file('dist/cli/rebond.cjs');
    const stampPath = file('dist/build/cli.json');
    const stamp = readFileSync(stampPath, 'utf8');
    // Whole seconds, which every file system stores exactly.
    const later = new Date(Math.ceil(Date.now() / 1000) * 1000 + 3_600_000);
    try {
      utimesSync(bundle, later, later);
      expect(build('--if-stale', 'cli').status).toBe(0);
      expect(statSync(bundle).mtimeMs).toBe(later.getTime());

      const input = 'dist/build/newer-source.txt';
      writeFileSync(file(input), 'x');
      const evenLater = new Date(later.getTime() + 3_600_000);
      utimesSync(file(input), evenLater, evenLater);
      const parsed = JSON.parse(stamp) as { outfile: string; inputs: string[] };
      writeFileSync(stampPath, JSON.stringify({ ...parsed, inputs: [...parsed.inputs, input] }));
      expect(build('--if-stale', 'cli').status).toBe(0);
      expect(statSync(bundle).mtimeMs).toBeLessThan(later.getTime());
      expect(JSON.parse(readFileSync(stampPath, 'utf8')).inputs).not.toContain(input);
    } finally {
      rmSync(file('dist/build/newer-source.txt'), { force: true });
    }
  }, 60_000);

  it('refuses an unknown bundle name', () => {
    const refused = build('nonsense');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/unknown bundle: nonsense/);
  }, 30_000);
});
