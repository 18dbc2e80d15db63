/** Whether a module is the process's entry point, for scripts that run their main only when started directly. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** True inside an esbuild bundle (main/build/bundles.ts defines it), undeclared elsewhere. */
declare const REBOND_BUNDLED: boolean;

/**
 * Runs a script only when it is the process's entry point (`tsx this-file.ts`), not when imported. Never inside a
 * bundle, where every module shares the bundle's URL and the bundle's entry calls its main itself.
 */
export function isEntryPoint(moduleUrl: string): boolean {
  if (typeof REBOND_BUNDLED !== 'undefined') return false;
  const entry = process.argv[1];
  return entry !== undefined && fileURLToPath(moduleUrl) === resolve(entry);
}
