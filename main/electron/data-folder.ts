/**
 * The desktop shell's data folder: the same one as the CLI and the browser edition (defaultDataDir), so that
 * `rebond check` or `rebond backup` on a site sees the database the app uses. On Windows and macOS that is already
 * Electron's userData; on Linux the shell used to keep its database in userData (~/.config/Rebond), so a database
 * found there alone is moved across once, before anything opens it. Node only: testable without Electron.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATABASE_FILE, defaultDataDir } from '../platform/data-dir';

/** The WAL and shared-memory files go first and the database last, so an interrupted move is finished next time. */
const DATABASE_FILES = [`${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, DATABASE_FILE];

export interface DataFolderChoice {
  dataDir: string;
  /** Set when the database was moved from Electron's userData, or could not be and stays there. */
  moved?: { from: string; ok: boolean };
  /** A database left in userData while the shared folder already has one: kept, not opened, and said so. */
  leftBehind?: string;
}

export function desktopDataDir(
  userData: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): DataFolderChoice {
  const dataDir = defaultDataDir(env, platform);
  if (resolve(dataDir) === resolve(userData)) return { dataDir };
  const legacy = join(userData, DATABASE_FILE);
  if (!existsSync(legacy)) return { dataDir };
  if (existsSync(join(dataDir, DATABASE_FILE))) return { dataDir, leftBehind: legacy };
  try {
    mkdirSync(dataDir, { recursive: true });
    for (const name of DATABASE_FILES) {
      if (existsSync(join(userData, name))) renameSync(join(userData, name), join(dataDir, name));
    }
    return { dataDir, moved: { from: userData, ok: true } };
  } catch {
    // Another file system (renameSync cannot cross one) or no permission: keep using the database where it is.
    return { dataDir: existsSync(legacy) ? userData : dataDir, moved: { from: userData, ok: false } };
  }
}
