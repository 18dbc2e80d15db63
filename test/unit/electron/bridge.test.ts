import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBridge } from '../../../main/electron/bridge';
import { BRIDGE_METHODS } from '../../../main/electron/bridge-methods';
import { buildElectron, type ElectronBuild } from '../../../main/build/bundles';
import { contract } from '../../../shared/contract';

const CONTRACT_METHODS = Object.keys(contract);

// What the built preload exposes is checked against the contract below, from the bundle file itself.
describe('the preload bridge', () => {
  it('is a frozen object of the methods it is given, one function each', () => {
    const bridge = buildBridge(async () => ({ ok: true, value: null }), ['session.state', 'inventory.search']);
    expect(Object.keys(bridge)).toEqual(['session.state', 'inventory.search']);
    expect(Object.values(bridge).every((method) => typeof method === 'function')).toBe(true);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('forwards the one argument to the method’s channel, and nothing more', async () => {
    const calls: unknown[][] = [];
    const bridge = buildBridge(async (...args: unknown[]) => {
      calls.push(args);
      return { ok: true, value: 'done' };
    }, BRIDGE_METHODS);
    const call = bridge['inventory.search'] as (...args: unknown[]) => Promise<unknown>;
    await expect(call({ query: 'RB-0001' }, 'extra', () => 'callback')).resolves.toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([['rebond:inventory.search', { query: 'RB-0001' }]]);
  });
});

describe('the bundles', () => {
  let dir: string;
  let built: ElectronBuild;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rebond-bundle-'));
    built = await buildElectron(join(dir, 'electron/'), join(dir, 'packaging/'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the built preload exposes window.rebond with exactly the contract’s methods, over ipcRenderer.invoke', async () => {
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
      ipcRenderer: { invoke: async (...args: unknown[]) => invoked.push(args) },
    };
    // A sandboxed preload gets only a small `require`; the bundle must need nothing but 'electron'.
    const require = (name: string) => {
      if (name !== 'electron') throw new Error(`preload required ${name}`);
      return electron;
    };
    const module = { exports: {} };
    runInNewContext(readFileSync(built.preload, 'utf8'), { require, module, exports: module.exports, Object });
    expect(Object.keys(exposed)).toEqual(['rebond']);
    const api = exposed.rebond as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(api)).toEqual(CONTRACT_METHODS);
    await api['session.state']?.({});
    expect(invoked).toEqual([['rebond:session.state', {}]]);
  });

  it('the preload carries no schema library, and main keeps native and data-reading packages outside', () => {
    expect(built.inputs.preload.filter((input) => input.includes('node_modules'))).toEqual([]);
    expect(
      built.inputs.preload.some((input) => input.startsWith('shared/contract/') && !input.endsWith('client.ts')),
    ).toBe(false);
    const packagesInMain = new Set(
      built.inputs.main
        .filter((input) => input.includes('node_modules/'))
        .map((input) => input.split('node_modules/')[1]?.split('/')[0]),
    );
    for (const external of ['better-sqlite3', 'pdfkit', 'fontkit', 'electron', 'react', 'vite'])
      expect(packagesInMain.has(external), external).toBe(false);
    expect(built.inputs.main.some((input) => input.startsWith('renderer/'))).toBe(false);
    const source = readFileSync(built.main, 'utf8');
    expect(source).toContain('require("better-sqlite3")');
    expect(source).not.toMatch(/\bimport\.meta\b/);
  });
});
