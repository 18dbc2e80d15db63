/**
 * Lays the Linux package out offline (electron-builder --dir against a placeholder Electron, about 10 s) and
 * checks that what the app loads at runtime is inside, and that build tools are not; then runs the packaged
 * `rebond` command on a real database. The renderer is built by the test run's global setup.
 */
import { extractAll } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { checkPackage, PROJECT_DIR } from '../../../main/electron/packaging/check';
import type { Inspection } from '../../../main/electron/packaging/inspect';
import { EXECUTABLE_NAME, validateBuilderConfig } from '../../../main/electron/packaging/layout';

describe('packaging', () => {
  let workDir: string;
  let checked: Inspection & { appOutDir: string };
  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'rebond-package-test-'));
    checked = await checkPackage({ buildRenderer: false, workDir });
  }, 120_000);
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('electron-builder.yml passes electron-builder’s own validation, and a typo would not', async () => {
    const config = await validateBuilderConfig(PROJECT_DIR);
    expect(config.appId).toBe('org.rebond.app');
    expect(config.productName).toBe('Rebond');
    await expect(validateBuilderConfig(PROJECT_DIR, { asarUnpak: ['x'] } as never)).rejects.toThrow(/asarUnpak/);
  });

  it('packages the shell, the CLI, the renderer, the unpacked SQLite binding and pdfkit’s data, without build tools', () => {
    const { problems, entries, notes } = checked;
    expect(problems).toEqual([]);
    expect(entries).toContain('dist/electron/main.cjs');
    expect(entries).toContain('dist/electron/preload.cjs');
    expect(entries).toContain('dist/cli/rebond.cjs');
    expect(entries).toContain('dist/renderer/index.html');
    expect(entries).toContain('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(
      entries.filter((path) => /^node_modules\/pdfkit\/js\/data\/.+\.afm$/.test(path)).length,
    ).toBeGreaterThanOrEqual(14);
    for (const name of ['react', 'react-dom', 'vite', 'typescript', 'esbuild', '@esbuild']) {
      expect(
        entries.some((path) => path.startsWith(`node_modules/${name}/`)),
        name,
      ).toBe(false);
    }
    expect(notes.join(' ')).toMatch(/SQLite binding built for/);
  });

  it('ships a rebond command that runs the packaged CLI bundle on a site’s database, and opens the app without a command', () => {
    const resources = join(checked.appOutDir, 'resources');
    // Plain Node cannot read inside an asar archive as Electron does: unpack it where the archive was.
    const archive = join(resources, 'app.asar');
    const unpacked = join(workDir, 'app.asar.contents');
    extractAll(archive, unpacked);
    rmSync(archive);
    spawnSync('mv', [unpacked, archive]);
    // A stand-in for the app's Electron: Node when asked to run as Node, else it says it would open the window.
    writeFileSync(
      join(checked.appOutDir, EXECUTABLE_NAME),
      `#!/bin/sh\nif [ "$ELECTRON_RUN_AS_NODE" = 1 ]; then exec "${process.execPath}" "$@"; fi\necho "window $#"\n`,
      { mode: 0o755 },
    );
    const dataDir = join(workDir, 'site data');
    expect(runCli(['demo', '--devices', '12', '--seed', '3', '--data-dir', dataDir], () => {})).toBe(0);
    // Packages come from the package first. NODE_PATH only stands in for nested dependencies that electron-builder
    // leaves out when node_modules is a farm of links into another install (as in these worktrees), where npm
    // reports them as links without dependencies; the direct ones are checked in the package by inspectPackage.
    const env = { ...process.env, NODE_PATH: join(PROJECT_DIR, 'node_modules') };
    const rebond = (...args: string[]) =>
      spawnSync(join(resources, 'bin', 'rebond'), args, { encoding: 'utf8', cwd: tmpdir(), env });

    const check = rebond('check', '--data-dir', dataDir, '--lang', 'en');
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/Event chain: OK/);
    const anonymise = rebond('anonymise', '--data-dir', dataDir, '--lang', 'en');
    expect(anonymise.status).toBe(0);
    const usage = rebond('check', '--data-dir');
    expect(usage.status).toBe(2);
    expect(rebond().stdout).toBe('window 0\n');
  });
});
