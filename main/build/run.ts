/**
 * What `node main/build/build.mjs [name…]` runs once it has compiled the build module: the named bundles (all of
 * them by default), each Node bundle with a stamp, dist/build/<name>.json, naming its file and the project files it
 * was made from, so that build.mjs can tell next time whether it is out of date without compiling anything.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildElectron, buildNodeBundle, DIST_DIR } from './bundles';
import { isNodeBundleName, NODE_BUNDLES, type NodeBundleName } from './targets';

export const STAMP_DIR = join(DIST_DIR, 'build');

export interface Stamp {
  outfile: string;
  inputs: string[];
}

export async function buildNamed(name: NodeBundleName, stampDir = STAMP_DIR): Promise<Stamp> {
  const bundle = NODE_BUNDLES[name];
  const stamp: Stamp = { outfile: bundle.outfile, inputs: await buildNodeBundle(bundle) };
  mkdirSync(stampDir, { recursive: true });
  writeFileSync(join(stampDir, `${name}.json`), `${JSON.stringify(stamp)}\n`);
  return stamp;
}

/** Builds the named bundles ('electron' for the desktop shell); unknown names are refused before anything runs. */
export async function runBuild(names: readonly string[]): Promise<void> {
  const wanted = names.length > 0 ? names : [...Object.keys(NODE_BUNDLES), 'electron'];
  const unknown = wanted.filter((name) => name !== 'electron' && !isNodeBundleName(name));
  if (unknown.length > 0)
    throw new Error(
      `unknown bundle: ${unknown.join(', ')} (known: ${[...Object.keys(NODE_BUNDLES), 'electron'].join(', ')})`,
    );
  await Promise.all(wanted.map((name) => (isNodeBundleName(name) ? buildNamed(name) : buildElectron())));
}
