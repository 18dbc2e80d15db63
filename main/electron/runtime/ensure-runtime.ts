/**
 * Runs after `npm install`. The Electron runtime is a separate download that some networks block (package.json
 * denies electron's own install script so that a blocked download cannot fail the install); Rebond then runs as
 * its browser edition, so a failed download is reported in one line, never fatal. When the runtime is there, the
 * SQLite binding for Electron's ABI is built too (see native-binding.ts).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { translate } from '../../../shared/i18n';
import { langFromLocale, terminalLocale } from '../../platform/locale';
import { electronExecutable, electronPackageDir } from './electron-runtime';
import { ensureElectronBinding } from './native-binding';

function main(): void {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1') return;
  const dir = electronPackageDir();
  if (!dir) return;
  const lang = langFromLocale(terminalLocale());
  if (!electronExecutable()) {
    spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'pipe', timeout: 120_000 });
    if (!electronExecutable()) {
      console.log(translate(lang, 'desktop.runtime.downloadFailed'));
      return;
    }
    console.log(translate(lang, 'desktop.runtime.installed'));
  }
  ensureElectronBinding({ lang });
}

main();
