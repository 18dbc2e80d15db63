import { homedir } from 'node:os';
import { join } from 'node:path';

/** The per-user data folder of every edition: the desktop app, the browser edition and the CLI. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Rebond');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Rebond');
  const xdg = env.XDG_DATA_HOME?.startsWith('/') ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(xdg, 'rebond');
}

export const DATABASE_FILE = 'rebond.sqlite';
