/**
 * Opens the shell's database with the SQLite binding this Electron can load, or explains in the user's language
 * why it cannot. Node only: testable without Electron.
 */
import { DomainError } from '../errors';
import { errorMessage } from '../api/localise';
import { openAppStore } from '../platform/open-app-store';
import type { Store } from '../store/store';
import { translate, type Lang } from '../../shared/i18n';
import { chooseBinding, type BindingChoice } from './runtime/binding';
import { bundledBindingPath, electronCopyPath, readBindingFile } from './runtime/binding-files';

export function bindingForThisProcess(): BindingChoice {
  return chooseBinding({
    electron: process.versions.electron,
    runtimeAbi: process.versions.modules,
    bundled: readBindingFile(bundledBindingPath()),
    electronCopy: readBindingFile(electronCopyPath()),
  });
}

export type OpenResult = { ok: true; store: Store } | { ok: false; message: string };

export function openShellStore(dataDir: string, lang: Lang, choice: BindingChoice = bindingForThisProcess()): OpenResult {
  if (choice.kind === 'mismatch') {
    return { ok: false, message: translate(lang, 'desktop.native.mismatch', { found: choice.found, expected: choice.expected }) };
  }
  try {
    const nativeBinding = choice.kind === 'copy' ? choice.path : undefined;
    return { ok: true, store: openAppStore(dataDir, { nativeBinding }) };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, message: errorMessage(lang, error.code, error.params) };
    return { ok: false, message: (error as Error).message };
  }
}
