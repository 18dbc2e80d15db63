import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openShellStore } from '../../../main/electron/open-store';
import { bindingAbi, chooseBinding, type BindingFacts } from '../../../main/electron/runtime/binding';
import { failureSummary } from '../../../main/electron/runtime/build-output';
import { bundledBindingPath, electronCopyPath } from '../../../main/electron/runtime/binding-files';
import { DomainError } from '../../../main/errors';
import { openDatabase } from '../../../main/store/open';
import { tempDir, removeAll } from '../../helpers/api';

const NODE_ABI = '115';
const ELECTRON_ABI = '145';
const facts = (overrides: Partial<BindingFacts>): BindingFacts => ({
  electron: '41.7.1',
  runtimeAbi: ELECTRON_ABI,
  bundled: { path: '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node', abi: NODE_ABI },
  electronCopy: { path: '/app/node_modules/.rebond-electron/better_sqlite3.node', abi: ELECTRON_ABI },
  ...overrides,
});

describe('choosing the SQLite binding', () => {
  it('leaves plain Node (tests, CLI, browser edition) on better-sqlite3’s own build', () => {
    expect(chooseBinding(facts({ electron: undefined, runtimeAbi: NODE_ABI }))).toEqual({ kind: 'default' });
  });

  it('gives Electron the copy built for its ABI', () => {
    expect(chooseBinding(facts({}))).toEqual({
      kind: 'copy',
      path: '/app/node_modules/.rebond-electron/better_sqlite3.node',
    });
  });

  it('ignores a stale copy (built for an older Electron) when the own build fits, as in a package', () => {
    const packaged = facts({
      bundled: { path: '/r/app.asar/b.node', abi: ELECTRON_ABI },
      electronCopy: { path: '/c.node', abi: '140' },
    });
    expect(chooseBinding(packaged)).toEqual({ kind: 'default' });
    expect(chooseBinding(facts({ bundled: { path: '/b.node', abi: ELECTRON_ABI }, electronCopy: null }))).toEqual({
      kind: 'default',
    });
  });

  it('names the mismatch when nothing fits, instead of letting it pass for a damaged database', () => {
    expect(chooseBinding(facts({ electronCopy: null }))).toEqual({
      kind: 'mismatch',
      found: NODE_ABI,
      expected: ELECTRON_ABI,
    });
    expect(chooseBinding(facts({ electronCopy: { path: '/c.node', abi: '140' } }))).toEqual({
      kind: 'mismatch',
      found: NODE_ABI,
      expected: ELECTRON_ABI,
    });
  });

  it('leaves an unreadable or missing own build to better-sqlite3, whose error names the file', () => {
    expect(chooseBinding(facts({ electronCopy: null, bundled: null }))).toEqual({ kind: 'default' });
    expect(chooseBinding(facts({ electronCopy: null, bundled: { path: '/b.node', abi: null } }))).toEqual({
      kind: 'default',
    });
  });
});

describe('reading a binding’s ABI', () => {
  it('finds the registration symbol’s version', () => {
    expect(bindingAbi(Buffer.from('\x7fELF....node_register_module_v145\0more'))).toBe('145');
    expect(bindingAbi(Buffer.from('_node_register_module_v\0 then _node_register_module_v130\0'))).toBe('130');
    expect(bindingAbi(Buffer.from('napi_register_module_v1 only'))).toBeNull();
    expect(bindingAbi(Buffer.alloc(0))).toBeNull();
  });

  it('reads the Node build that this test run loads as this Node’s ABI', () => {
    const path = bundledBindingPath();
    expect(path).not.toBeNull();
    expect(bindingAbi(readFileSync(path ?? ''))).toBe(process.versions.modules);
  });

  it('puts the Electron copy beside better-sqlite3, outside its own build folder', () => {
    expect(electronCopyPath('/p/node_modules/better-sqlite3')).toBe(
      join('/p/node_modules/.rebond-electron/better_sqlite3.node'),
    );
  });
});

describe('opening the store with a chosen binding', () => {
  const dirs: { remove: () => void }[] = [];
  afterEach(() => removeAll(dirs));

  it('passes nativeBinding through to better-sqlite3', () => {
    const db = openDatabase(':memory:', { nativeBinding: bundledBindingPath() ?? '' });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    expect(() => openDatabase(':memory:', { nativeBinding: '/nowhere/better_sqlite3.node' })).toThrowError(DomainError);
  });

  it('opens the data folder with the copy the decision names', () => {
    const dir = tempDir();
    dirs.push(dir);
    const opened = openShellStore(dir.path, 'fr', { kind: 'copy', path: bundledBindingPath() ?? '' });
    expect(opened.ok).toBe(true);
    if (opened.ok) opened.store.close();
  });

  it('explains an ABI mismatch in the user’s language, without touching the data folder', () => {
    const dir = tempDir();
    dirs.push(dir);
    const mismatch = { kind: 'mismatch', found: NODE_ABI, expected: ELECTRON_ABI } as const;
    const fr = openShellStore(join(dir.path, 'data'), 'fr', mismatch);
    const en = openShellStore(join(dir.path, 'data'), 'en', mismatch);
    expect(fr).toEqual({ ok: false, message: expect.stringContaining('ABI 115, Electron attend 145') });
    expect(en).toEqual({ ok: false, message: expect.stringContaining('ABI 115, Electron needs 145') });
    expect(() => readFileSync(join(dir.path, 'data', 'rebond.sqlite'))).toThrow();
  });

  it('translates a database error instead of crashing', () => {
    const dir = tempDir();
    dirs.push(dir);
    const opened = openShellStore(dir.path, 'en', { kind: 'copy', path: '/nowhere/better_sqlite3.node' });
    expect(opened).toEqual({ ok: false, message: expect.stringContaining('/nowhere/better_sqlite3.node') });
  });
});

describe('reporting a failed Electron build in one line', () => {
  it('names the network problem', () => {
    expect(failureSummary('prebuild-install warn install getaddrinfo ENOTFOUND github.com\n')).toBe(
      'getaddrinfo ENOTFOUND github.com',
    );
    const gyp = [
      'gyp http GET https://electronjs.org/headers/v41.7.1/node-v41.7.1-headers.tar.gz',
      'gyp WARN install got an error, rolling back install',
      'gyp ERR! configure error ',
      'gyp ERR! stack Error: This is most likely not a problem with node-gyp or the package itself and',
      'gyp ERR! stack is related to network connectivity. In most cases you are behind a proxy or have bad',
      'gyp ERR! System Linux 6.18.44',
      'gyp ERR! not ok ',
    ].join('\n');
    expect(failureSummary(gyp)).toBe('network unreachable');
  });

  it('otherwise gives the first error line, without the stack, or the last line', () => {
    expect(
      failureSummary('gyp info ok\ngyp ERR! stack at x\ngyp ERR! find Python: Python is not set\ngyp ERR! not ok'),
    ).toBe('find Python: Python is not set');
    expect(failureSummary('make: *** [sqlite3.o] Error 1\n\n')).toBe('make: *** [sqlite3.o] Error 1');
    expect(failureSummary('')).toBe('no output');
  });
});
