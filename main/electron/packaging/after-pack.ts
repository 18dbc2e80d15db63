/**
 * electron-builder `afterPack` hook (bundled to dist/packaging/after-pack.cjs): refuses a package whose SQLite
 * binding was compiled for another ABI than the Electron it ships. Offline, electron-builder's rebuild can fall
 * back to Node's headers and still report success; such an app would fail on its first database call.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AfterPackContext } from 'electron-builder';
import { bindingAbi } from '../runtime/binding';
import { electronAbi } from '../runtime/electron-runtime';

export const PACKAGED_BINDING = [
  'app.asar.unpacked',
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
];

export default function afterPack(context: AfterPackContext): void {
  const expected = electronAbi();
  const path = join(context.packager.getResourcesDir(context.appOutDir), ...PACKAGED_BINDING);
  const found = bindingAbi(readFileSync(path));
  if (expected !== null && found !== expected) {
    throw new Error(
      `Rebond packaging: ${path} is built for ABI ${found ?? 'unknown'}, but Electron needs ABI ${expected}. ` +
        'Package with network access (electron-builder downloads a prebuilt binding or Electron headers).',
    );
  }
}
