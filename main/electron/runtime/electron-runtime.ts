/** The Electron npm package and its separately downloaded runtime, seen from Node (never imports Electron). */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function electronPackageDir(): string | null {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The runtime's executable when it has been downloaded: `require('electron')` names it, and it must exist. */
export function electronExecutable(): string | null {
  let path: unknown;
  try {
    path = require('electron');
  } catch {
    return null;
  }
  return typeof path === 'string' && existsSync(path) ? path : null;
}

function readPackageFile(name: string): string | null {
  const dir = electronPackageDir();
  if (!dir) return null;
  try {
    return readFileSync(join(dir, name), 'utf8');
  } catch {
    return null;
  }
}

export function electronVersion(): string | null {
  const text = readPackageFile('package.json');
  if (text === null) return null;
  const parsed: unknown = JSON.parse(text);
  const version = typeof parsed === 'object' && parsed !== null && 'version' in parsed ? parsed.version : null;
  return typeof version === 'string' ? version : null;
}

/** The NODE_MODULE_VERSION of the installed Electron, which its package records in `abi_version`. */
export function electronAbi(): string | null {
  const text = readPackageFile('abi_version')?.trim();
  return text && /^\d+$/.test(text) ? text : null;
}
