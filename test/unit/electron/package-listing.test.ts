import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  launcherProblems,
  listingProblems,
  rendererAssets,
  requiredPackages,
} from '../../../main/electron/packaging/inspect';

const PROJECT_DIR = fileURLToPath(new URL('../../../', import.meta.url));

const AFM = [
  'Courier',
  'Courier-Bold',
  'Courier-Oblique',
  'Courier-BoldOblique',
  'Helvetica',
  'Helvetica-Bold',
  'Helvetica-Oblique',
  'Helvetica-BoldOblique',
  'Times-Roman',
  'Times-Bold',
  'Times-Italic',
  'Times-BoldItalic',
  'Symbol',
  'ZapfDingbats',
].map((font) => `node_modules/pdfkit/js/data/${font}.afm`);
const COMPLETE = [
  'package.json',
  'dist/electron/main.cjs',
  'dist/electron/preload.cjs',
  'dist/cli/rebond.cjs',
  'dist/electron/api-host.cjs',
  'dist/electron/render-worker.cjs',
  'dist/electron/intake-worker.cjs',
  'dist/electron/worker-host.cjs',
  'dist/renderer/index.html',
  'assets/icons/png/256x256.png',
  'assets/fonts/DejaVuSans.ttf',
  'assets/fonts/DejaVuSans-Bold.ttf',
  'assets/fonts/LICENSE-DejaVu.txt',
  'node_modules/better-sqlite3/lib/index.js',
  ...AFM,
];

describe('the package listing check', () => {
  it('accepts a complete package', () => {
    expect(listingProblems(COMPLETE)).toEqual([]);
  });

  it('names what is missing', () => {
    const problems = listingProblems(
      COMPLETE.filter(
        (path) => !['dist/electron/preload.cjs', 'dist/cli/rebond.cjs'].includes(path) && !path.endsWith('Symbol.afm'),
      ),
    );
    expect(problems).toEqual([
      'missing from app.asar: dist/electron/preload.cjs',
      'missing from app.asar: dist/cli/rebond.cjs',
      "pdfkit's font metrics: 13 .afm files in app.asar, the 14 standard fonts need 14",
    ]);
  });

  it('refuses build tools, renderer libraries, sources and source maps', () => {
    const problems = listingProblems([
      ...COMPLETE,
      'node_modules/react/index.js',
      'node_modules/typescript/lib/tsc.js',
      'node_modules/@vitejs/plugin-react/package.json',
      'node_modules/esbuild/lib/main.js',
      'main/electron/index.ts',
      'dist/electron/main.cjs.map',
    ]);
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/react\/.*typescript\/.*@vitejs\/.*esbuild\/.*main\/.*main\.cjs\.map/s);
  });

  it('reads the packages main.cjs requires and the assets index.html loads', () => {
    const main =
      'require("node:fs");require("electron");require("better-sqlite3");require("jsbarcode/bin/barcodes");require("@scope/pkg/sub");require("./local");require("path")';
    expect(requiredPackages(main)).toEqual(['@scope/pkg', 'better-sqlite3', 'jsbarcode']);
    const html =
      '<script type="module" crossorigin src="./assets/index-a1.js"></script><link rel="stylesheet" href="./assets/index-b2.css">';
    expect(rendererAssets(html)).toEqual(['dist/renderer/assets/index-a1.js', 'dist/renderer/assets/index-b2.css']);
  });

  it('finds the rebond launcher missing, not executable, or not running the packaged CLI as Node', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rebond-launcher-'));
    try {
      expect(launcherProblems(dir)).toEqual(['the rebond command is missing: resources/bin/rebond']);
      mkdirSync(join(dir, 'resources', 'bin'), { recursive: true });
      const launcher = join(dir, 'resources', 'bin', 'rebond');
      copyFileSync(join(PROJECT_DIR, 'main', 'electron', 'packaging', 'launchers', 'rebond.sh'), launcher);
      chmodSync(launcher, 0o755);
      expect(launcherProblems(dir)).toEqual([]);
      chmodSync(launcher, 0o644);
      expect(launcherProblems(dir)).toEqual(['resources/bin/rebond is not executable']);
      writeFileSync(launcher, '#!/bin/sh\nexec "$app/rebond" "$@"\n');
      chmodSync(launcher, 0o755);
      expect(launcherProblems(dir)).toEqual([
        'resources/bin/rebond does not contain ELECTRON_RUN_AS_NODE=1',
        'resources/bin/rebond does not contain app.asar/dist/cli/rebond.cjs',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
