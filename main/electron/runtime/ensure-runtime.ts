/**
 * Runs after `npm install`. The Electron runtime is a separate download that some networks block;
 * Rebond then runs as its browser edition, so a failed download is reported in one line, never fatal.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function electronPackageDir(): string | null {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function main(): void {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1') return;
  const dir = electronPackageDir();
  if (!dir) return;
  if (existsSync(join(dir, 'path.txt'))) return;
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  if (result.status === 0 && existsSync(join(dir, 'path.txt'))) {
    console.log('Rebond: Electron runtime installed.');
    return;
  }
  console.log('Rebond: Electron runtime could not be downloaded here; `npm start` will open the browser edition.');
}

main();
