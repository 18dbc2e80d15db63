/**
 * Where the renderer lives: `app://rebond/…`, served by the shell's own protocol handler. Pure, shared by the
 * protocol handler, the navigation guards and the IPC sender check.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'rebond';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for a URL on the renderer's own origin (any path, query or fragment), false for anything else. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
