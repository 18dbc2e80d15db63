/**
 * Offline packaging, for checking: electron-builder's configuration validated as electron-builder itself does,
 * and a `--dir` layout (linux-unpacked with app.asar) made against a placeholder Electron, without the native
 * rebuild or the ABI hook, both of which need the network.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { build, Platform, type Configuration } from 'electron-builder';

/** @electron/fuses finds the fuse wire after this marker in the Electron binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Wire version 1, eight fuses, in Electron's shipped states ('1' enabled, '0' disabled). */
const SHIPPED_FUSE_WIRE = [1, 8, ...Buffer.from('10110001', 'latin1')];

export const EXECUTABLE_NAME = 'rebond';

/** Overrides that make a layout possible offline; everything else comes from electron-builder.yml. */
export function offlineOverrides(electronDist: string, outputDir: string): Configuration {
  return { npmRebuild: false, electronDist, afterPack: null, directories: { output: outputDir }, publish: null };
}

/** Validates electron-builder.yml (merged with `overrides`) against electron-builder's schema; throws on errors. */
export async function validateBuilderConfig(projectDir: string, overrides: Configuration = {}): Promise<Configuration> {
  const config = await getConfig(projectDir, null, overrides);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

/** A stand-in for the Electron distribution: an "electron" file carrying a fuse wire, so fuses can be flipped. */
export function writePlaceholderElectron(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\n# Placeholder for packaging checks; not Electron.\nexit 1\n'),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from(SHIPPED_FUSE_WIRE),
  ]);
  writeFileSync(join(dir, 'electron'), binary, { mode: 0o755 });
  writeFileSync(join(dir, 'LICENSE'), 'placeholder\n');
  return dir;
}

/** Lays out the Linux `--dir` package under `workDir`; returns the folder holding the executable and resources. */
export async function layOutPackage(projectDir: string, workDir: string): Promise<string> {
  const electronDist = writePlaceholderElectron(join(workDir, 'electron-placeholder'));
  const outputDir = join(workDir, 'out');
  await build({
    projectDir,
    targets: Platform.LINUX.createTarget('dir'),
    config: offlineOverrides(electronDist, outputDir),
    publish: 'never',
  });
  return join(outputDir, 'linux-unpacked');
}
