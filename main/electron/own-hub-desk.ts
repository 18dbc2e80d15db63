/**
 * When the app acts as the site's hub, its own window is a desk of that hub like any other, paired once with the
 * code the hub holds (a person at this machine has no console to read it from). Plain Node over HTTPS to the hub,
 * trusting its certificate only; the credential it returns is what the shell keeps with safeStorage.
 */
import { request } from 'node:https';
import { HTTP } from '../../shared/contract/client';
import { translate, type Lang } from '../../shared/i18n';
import { groupFingerprint } from '../../shared/format/fingerprint';
import { deskCookieName } from '../hub/hub-server';
import { hubPort } from './desk-mode';

const PAIR_TIMEOUT_MS = 15_000;

/** Pairs a desk named `name` with the code; the desk credential, or null when the hub refused the code. */
export function pairWithHub(
  hub: { origin: string; certificate: string; fingerprint: string },
  code: string,
  name: string,
): Promise<string | null> {
  const cookieName = deskCookieName(hubPort(hub.origin));
  return new Promise((resolve, reject) => {
    const req = request(
      `${hub.origin}${HTTP.pairPath}`,
      {
        method: 'POST',
        // A fresh connection and handshake: a pooled socket or a resumed TLS session would skip the check below.
        agent: false,
        ca: hub.certificate,
        // The pinned certificate, whatever name it was made for (the hub may listen on 0.0.0.0).
        checkServerIdentity: (_host, peer) =>
          peer.fingerprint256 === hub.fingerprint ? undefined : new Error('not the hub’s certificate'),
        timeout: PAIR_TIMEOUT_MS,
        headers: { 'content-type': 'application/json' },
      },
      (response) => {
        response.resume();
        const line = ([] as string[])
          .concat(response.headers['set-cookie'] ?? [])
          .find((cookie) => cookie.startsWith(`${cookieName}=`));
        resolve(response.statusCode === 200 && line ? (line.split(';')[0] ?? '').slice(cookieName.length + 1) : null);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(JSON.stringify({ code, name }));
  });
}

/** What the menu's « pairing code » shows at the hub: the code, until when, and the fingerprint to read aloud. */
export function pairingNotice(lang: Lang, code: { code: string; expiresAt: Date }, fingerprint: string): string {
  return translate(lang, 'desk.pairingNotice', {
    code: code.code,
    until: `${code.expiresAt.toISOString().slice(11, 16)} UTC`,
    fingerprint: groupFingerprint(fingerprint),
  });
}
