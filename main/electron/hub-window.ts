/**
 * The window of a desk of a hub (another machine's, or this app's own when it acts as hub): the same renderer,
 * served by the hub over HTTPS, calling `POST /api/<method>` like any browser desk. No preload (the renderer then
 * takes the HTTPS transport), its own session whose only accepted certificate is the pinned one, navigation kept
 * on the hub's origin. The decisions are desk-mode.ts's (tested under Node); this file only applies them.
 */
import { BrowserWindow, safeStorage, session as sessions, type Session } from 'electron';
import { deskCookieName } from '../hub/hub-server';
import { loadDeskCredential, saveDeskCredential } from './desk-credential';
import { certificateVerdict, hubPort, type HubPin } from './desk-mode';
import { lockDownSession } from './security';
import { rebondWindowOptions } from './window';

/**
 * With the system's encryption, the session lives in memory and the credential in `desk-credential.bin`,
 * encrypted; without it, Chromium's own cookie store keeps it (a persistent partition).
 */
function deskSession(pin: HubPin, credentialDir: string): Session {
  const encrypted = safeStorage.isEncryptionAvailable();
  const partition = encrypted ? `hub-desk-${pin.own ? 'own' : 'site'}` : 'persist:hub-desk';
  const desk = sessions.fromPartition(partition, { cache: false });
  lockDownSession(desk);
  desk.setCertificateVerifyProc((request, callback) =>
    callback(certificateVerdict({ hostname: request.hostname, pem: request.certificate.data }, pin)),
  );
  if (!encrypted) return desk;
  const name = deskCookieName(hubPort(pin.origin));
  desk.cookies.on('changed', (_event, cookie, _cause, removed) => {
    if (cookie.name === name && !removed) saveDeskCredential(credentialDir, safeStorage, pin.origin, cookie.value);
  });
  return desk;
}

export async function createHubWindow(
  pin: HubPin,
  options: {
    developer: boolean;
    credentialDir: string;
    /** The app acting as hub: how its own window pairs when it holds no credential yet. */
    ownDesk?: { pair: () => Promise<string | null> };
  },
): Promise<BrowserWindow> {
  const desk = deskSession(pin, options.credentialDir);
  let secret = loadDeskCredential(options.credentialDir, safeStorage, pin.origin);
  if (secret === null && options.ownDesk) {
    secret = await options.ownDesk.pair().catch(() => null);
    if (secret !== null) saveDeskCredential(options.credentialDir, safeStorage, pin.origin, secret);
  }
  if (secret !== null) {
    await desk.cookies.set({
      url: pin.origin,
      name: deskCookieName(hubPort(pin.origin)),
      value: secret,
      secure: true,
      httpOnly: true,
      sameSite: 'strict',
    });
  }
  const window = new BrowserWindow(rebondWindowOptions(options.developer, { session: desk }));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${pin.origin}/`);
  return window;
}
