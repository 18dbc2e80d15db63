/** The SQLite binding this very process should load: Node's own build, or the copy built for Electron's ABI. */
import { chooseBinding, type BindingChoice } from './binding';
import { bundledBindingPath, electronCopyPath, readBindingFile } from './binding-files';

export function bindingForThisProcess(): BindingChoice {
  return chooseBinding({
    electron: process.versions.electron,
    runtimeAbi: process.versions.modules,
    bundled: readBindingFile(bundledBindingPath()),
    electronCopy: readBindingFile(electronCopyPath()),
  });
}
