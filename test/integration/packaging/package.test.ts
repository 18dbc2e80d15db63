/**
 * Lays the Linux package out offline (electron-builder --dir against a placeholder Electron, about 10 s) and
 * checks that what the app loads at runtime is inside, and that build tools are not. The renderer is built by the
 * test run's global setup.
 */
import { describe, expect, it } from 'vitest';
import { checkPackage, PROJECT_DIR } from '../../../main/electron/packaging/check';
import { validateBuilderConfig } from '../../../main/electron/packaging/layout';

describe('packaging', () => {
  it('electron-builder.yml passes electron-builder’s own validation, and a typo would not', async () => {
    const config = await validateBuilderConfig(PROJECT_DIR);
    expect(config.appId).toBe('org.rebond.app');
    expect(config.productName).toBe('Rebond');
    await expect(validateBuilderConfig(PROJECT_DIR, { asarUnpak: ['x'] } as never)).rejects.toThrow(/asarUnpak/);
  });

  it('packages the shell, the renderer, the unpacked SQLite binding and pdfkit’s data, without build tools', async () => {
    const { problems, entries, notes } = await checkPackage({ buildRenderer: false });
    expect(problems).toEqual([]);
    expect(entries).toContain('dist/electron/main.cjs');
    expect(entries).toContain('dist/electron/preload.cjs');
    expect(entries).toContain('dist/renderer/index.html');
    expect(entries).toContain('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(entries.filter((path) => /^node_modules\/pdfkit\/js\/data\/.+\.afm$/.test(path)).length).toBeGreaterThanOrEqual(14);
    for (const name of ['react', 'react-dom', 'vite', 'typescript']) {
      expect(entries.some((path) => path.startsWith(`node_modules/${name}/`)), name).toBe(false);
    }
    expect(notes.join(' ')).toMatch(/SQLite binding built for/);
  }, 90_000);
});
