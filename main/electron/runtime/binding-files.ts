/** Where the two SQLite bindings live, and reading their facts from disk. Node only, no Electron. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { bindingAbi, type BindingFile } from './binding';

const require = createRequire(import.meta.url);

export const BINDING_FILE = 'better_sqlite3.node';
/** Beside the packages, in a dot folder npm leaves alone: node_modules/.rebond-electron/. */
export const ELECTRON_COPY_DIR = '.rebond-electron';

export function betterSqliteDir(): string | null {
  try {
    return dirname(require.resolve('better-sqlite3/package.json'));
  } catch {
    return null;
  }
}

/** better-sqlite3's own build (what `bindings` finds first). */
export function bundledBindingPath(packageDir = betterSqliteDir()): string | null {
  return packageDir ? join(packageDir, 'build', 'Release', BINDING_FILE) : null;
}

/** The separate build for Electron's ABI, next to better-sqlite3 in the same node_modules. */
export function electronCopyPath(packageDir = betterSqliteDir()): string | null {
  return packageDir ? join(dirname(packageDir), ELECTRON_COPY_DIR, BINDING_FILE) : null;
}

export function readBindingFile(path: string | null): BindingFile | null {
  if (!path || !existsSync(path)) return null;
  try {
    return { path, abi: bindingAbi(readFileSync(path)) };
  } catch {
    return { path, abi: null };
  }
}
