/**
 * Files the shell loads, relative to its bundle (dist/electron/main.cjs, inside app.asar once packaged):
 * the built renderer, the preload, the icons.
 */
import { join } from 'node:path';

// esbuild bundles this file into CommonJS, where __dirname is the bundle's folder.
const bundleDir = __dirname;

export const RENDERER_DIR = join(bundleDir, '..', 'renderer');
export const PRELOAD_PATH = join(bundleDir, 'preload.cjs');
export const WINDOW_ICON = join(bundleDir, '..', '..', 'assets', 'icons', 'png', '256x256.png');
