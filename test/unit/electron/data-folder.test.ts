import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { desktopDataDir } from '../../../main/electron/data-folder';
import { DATABASE_FILE, defaultDataDir } from '../../../main/platform/data-dir';

describe('the desktop shell’s data folder', () => {
  let home: string;
  let userData: string;
  let env: NodeJS.ProcessEnv;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'rebond-folder-'));
    userData = join(home, 'config', 'Rebond');
    env = { XDG_DATA_HOME: join(home, 'share') };
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('is the CLI’s folder on Linux, not Electron’s userData', () => {
    expect(desktopDataDir(userData, env, 'linux')).toEqual({ dataDir: join(home, 'share', 'rebond') });
    expect(desktopDataDir(userData, env, 'linux').dataDir).toBe(defaultDataDir(env, 'linux'));
  });

  it('is userData itself where the two already agree', () => {
    const appData = join(home, 'AppData', 'Roaming');
    const windowsUserData = join(appData, 'Rebond');
    mkdirSync(windowsUserData, { recursive: true });
    writeFileSync(join(windowsUserData, DATABASE_FILE), 'db');
    expect(desktopDataDir(windowsUserData, { APPDATA: appData }, 'win32')).toEqual({ dataDir: windowsUserData });
    expect(existsSync(join(windowsUserData, DATABASE_FILE))).toBe(true);
  });

  it('moves a database left in userData, with its WAL, into the shared folder once', () => {
    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, DATABASE_FILE), 'db');
    writeFileSync(join(userData, `${DATABASE_FILE}-wal`), 'wal');
    writeFileSync(join(userData, 'Preferences'), '{}');
    const dataDir = join(home, 'share', 'rebond');
    expect(desktopDataDir(userData, env, 'linux')).toEqual({ dataDir, moved: { from: userData, ok: true } });
    expect(readFileSync(join(dataDir, DATABASE_FILE), 'utf8')).toBe('db');
    expect(readFileSync(join(dataDir, `${DATABASE_FILE}-wal`), 'utf8')).toBe('wal');
    expect(existsSync(join(userData, DATABASE_FILE))).toBe(false);
    // Chromium's own files stay where Electron keeps them.
    expect(existsSync(join(userData, 'Preferences'))).toBe(true);
    expect(desktopDataDir(userData, env, 'linux')).toEqual({ dataDir });
  });

  it('never overwrites a database the CLI already uses', () => {
    const dataDir = join(home, 'share', 'rebond');
    mkdirSync(userData, { recursive: true });
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(userData, DATABASE_FILE), 'old');
    writeFileSync(join(dataDir, DATABASE_FILE), 'current');
    expect(desktopDataDir(userData, env, 'linux')).toEqual({ dataDir, leftBehind: join(userData, DATABASE_FILE) });
    expect(readFileSync(join(dataDir, DATABASE_FILE), 'utf8')).toBe('current');
    expect(readFileSync(join(userData, DATABASE_FILE), 'utf8')).toBe('old');
  });

  it('keeps using the database where it is when it cannot be moved', () => {
    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, DATABASE_FILE), 'db');
    // The shared folder's parent is a file: the folder cannot be created.
    writeFileSync(join(home, 'share'), 'not a folder');
    expect(desktopDataDir(userData, env, 'linux')).toEqual({ dataDir: userData, moved: { from: userData, ok: false } });
    expect(readFileSync(join(userData, DATABASE_FILE), 'utf8')).toBe('db');
  });
});
