// @ts-check
/**
 * `node main/build/build.mjs [--if-stale] [name…]`: builds Rebond's bundles with plain Node, as postinstall and
 * the package scripts need (nothing goes through tsx). The build module itself is TypeScript (bundles.ts): this
 * file compiles it with esbuild into dist/build/run.mjs, then runs it. With --if-stale, a bundle whose stamp
 * (dist/build/<name>.json, written at each build) shows no source newer than the bundle is left as it is: that
 * check reads a few hundred file times and loads neither esbuild nor the build module.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STAMP_DIR = join(ROOT, 'dist', 'build');
const RUNNER = join(STAMP_DIR, 'run.mjs');

/** @param {string} path */
function modifiedTime(path) {
  try {
    return statSync(join(ROOT, path)).mtimeMs;
  } catch {
    return null;
  }
}

/** A stamp's bundle exists and no file it was made from is newer. @param {string} name */
function isFresh(name) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(STAMP_DIR, `${name}.json`), 'utf8'));
  } catch {
    return false;
  }
  const built = modifiedTime(stamp.outfile);
  return (
    built !== null && stamp.inputs.every((/** @type {string} */ input) => (modifiedTime(input) ?? Infinity) <= built)
  );
}

async function compileRunner() {
  if (isFresh('run')) return;
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['main/build/run.ts'],
    outfile: RUNNER,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    metafile: true,
  });
  const { writeFileSync } = await import('node:fs');
  const inputs = Object.keys(result.metafile?.inputs ?? {});
  writeFileSync(join(STAMP_DIR, 'run.json'), `${JSON.stringify({ outfile: 'dist/build/run.mjs', inputs })}\n`);
}

async function main() {
  const args = process.argv.slice(2);
  const ifStale = args.includes('--if-stale');
  const names = args.filter((arg) => arg !== '--if-stale');
  const wanted = ifStale ? names.filter((name) => !isFresh(name)) : names;
  if (ifStale && wanted.length === 0) return;
  await compileRunner();
  /** @type {{ runBuild: (names: string[]) => Promise<void> }} */
  const runner = await import(pathToFileURL(RUNNER).href);
  await runner.runBuild(wanted);
}

main().catch((/** @type {Error} */ error) => {
  console.error(`rebond build: ${error.message}`);
  process.exitCode = 1;
});
