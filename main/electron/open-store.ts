/**
 * Opens the shell's database with the SQLite binding this Electron can load, and its log, or explains in the
 * user's language why it cannot. Node only: testable without Electron.
 */
import { openAppStore } from '../platform/open-app-store';
import { startEdition, type StartUp } from '../platform/start-up';
import { translate, type Lang } from '../../shared/i18n';
import type { BindingChoice } from './runtime/binding';
import { bindingForThisProcess } from './runtime/this-process-binding';

export type OpenResult = StartUp;

export function openShellStore(
  dataDir: string,
  lang: Lang,
  choice: BindingChoice = bindingForThisProcess(),
): OpenResult {
  if (choice.kind === 'mismatch') {
    return {
      ok: false,
      message: translate(lang, 'desktop.native.mismatch', { found: choice.found, expected: choice.expected }),
    };
  }
  const nativeBinding = choice.kind === 'copy' ? choice.path : undefined;
  return startEdition(dataDir, 'desktop', lang, (dir) => openAppStore(dir, { nativeBinding }));
}
