import * as nodePath from 'node:path';
import type { PlatformPath } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Maps an `app://rebond/<path>` request to a file inside `root`, or null when it must not be served: another
 * scheme or host, a path that cannot be decoded, a null byte, a backslash, a drive letter, a `..` segment
 * (plain or percent-encoded), or anything else that would resolve outside `root`. The URL parser already folds
 * plain dot segments; the checks below do not rely on it and run on the decoded path. `path` is Node's own,
 * or `path.win32` to test the Windows rules on any machine.
 */
export function resolveAppPath(root: string, requestUrl: string, path: PlatformPath = nodePath): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '') return null;
  if (url.username !== '' || url.password !== '') return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..' || /^[a-z]:/i.test(segment))) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  if (path.isAbsolute(relative)) return null;
  const base = path.normalize(root.endsWith(path.sep) ? root : root + path.sep);
  const full = path.normalize(path.join(base, relative));
  return full.startsWith(base) && full !== base ? full : null;
}
