/**
 * The renderer's only door to main: `window.rebond`, one function per contract method, each a single IPC call.
 * Runs sandboxed, so esbuild bundles it into one CommonJS file (dist/electron/preload.cjs).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';
import { BRIDGE_METHODS } from './bridge-methods';

contextBridge.exposeInMainWorld(
  'rebond',
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input), BRIDGE_METHODS),
);
