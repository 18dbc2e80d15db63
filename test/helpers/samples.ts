/**
 * The shared samples of real tool output (`../shared/samples/` beside the checkout, as in CI). A git worktree sits one
 * level deeper, so the folders above the repository root are searched upwards; `REBOND_SAMPLES_DIR` overrides.
 * Missing samples fail the tests that need them: they are never skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function findSamples(): string {
  const override = process.env.REBOND_SAMPLES_DIR;
  if (override) return override;
  let folder = dirname(repositoryRoot);
  for (let depth = 0; depth < 3; depth++) {
    const candidate = join(folder, 'shared', 'samples');
    if (existsSync(join(candidate, 'README.md'))) return candidate;
    folder = dirname(folder);
  }
  throw new Error(`No shared/samples folder beside ${repositoryRoot} (nor above it): set REBOND_SAMPLES_DIR.`);
}

export const samplesDir = findSamples();

export function samplePath(relative: string): string {
  return join(samplesDir, relative);
}

/** A sample as the import flow gets it: its file name and its bytes. */
export function sampleFile(relative: string): { name: string; bytes: Uint8Array } {
  const path = samplePath(relative);
  return { name: relative.split('/').at(-1) ?? relative, bytes: new Uint8Array(readFileSync(path)) };
}
