/**
 * The shell's decisions for a desk, without Electron (tested under Node): what the window opens, which certificate
 * a hub's connection may present, where the window may navigate. index.ts and hub-window.ts only apply them.
 */
import type { DeskSetting } from '../../shared/domain/desk-setting';
import { isPinnedCertificate, socketHost } from '../platform/hub-certificate-probe';
import { APP_ENTRY_URL } from './policy/app-origin';

/** The hub this window is a desk of: its origin and the one certificate it may present. */
export interface HubPin {
  origin: string;
  fingerprint: string;
  /** This app's own hub (act as hub), as opposed to another machine's. */
  own: boolean;
}

export type DeskStart = { kind: 'local'; url: string } | { kind: 'hub'; url: string; pin: HubPin };

/** The address a desk on this machine reaches its own hub at: a wildcard listen is reached on loopback. */
export function ownHubOrigin(host: string, port: number): string {
  if (host === '0.0.0.0') return `https://127.0.0.1:${port}`;
  if (host === '::') return `https://[::1]:${port}`;
  return host.includes(':') ? `https://[${host}]:${port}` : `https://${host}:${port}`;
}

/**
 * What the window opens. Acting as hub wins (this machine's desk is a desk of its own hub, the only writer);
 * then a hub confirmed by fingerprint; else the app's own store.
 */
export function deskStart(setting: DeskSetting, ownHub: { origin: string; fingerprint: string } | null): DeskStart {
  if (setting.actAsHub && ownHub) return { kind: 'hub', url: `${ownHub.origin}/`, pin: { ...ownHub, own: true } };
  if (setting.connection.kind === 'hub') {
    const { origin, fingerprint } = setting.connection;
    return { kind: 'hub', url: `${origin}/`, pin: { origin, fingerprint, own: false } };
  }
  return { kind: 'local', url: APP_ENTRY_URL };
}

/** The setting the menu's « back to this computer » saves: its own store, not acting as hub. */
export function localSetting(setting: DeskSetting): DeskSetting {
  return { ...setting, connection: { kind: 'local' }, actAsHub: null };
}

/** Chromium's answers to a certificate check: accept, refuse, or its own verification. */
export const CERTIFICATE_ACCEPT = 0;
export const CERTIFICATE_REFUSE = -2;
export const CERTIFICATE_DEFAULT = -3;

/**
 * A desk's session talks to its hub only: the hub's host with exactly the pinned certificate is accepted, whatever
 * Chromium thinks of a self-signed one; any other certificate, or any other host, is refused.
 */
export function certificateVerdict(request: { hostname: string; pem: string }, pin: HubPin | null): number {
  if (!pin) return CERTIFICATE_DEFAULT;
  const hubHost = socketHost(new URL(pin.origin));
  if (request.hostname.replace(/^\[(.*)\]$/, '$1') !== hubHost) return CERTIFICATE_REFUSE;
  return isPinnedCertificate(request.pem, pin.fingerprint) ? CERTIFICATE_ACCEPT : CERTIFICATE_REFUSE;
}

/** The port of a hub's origin (443 when the origin leaves it out). */
export function hubPort(origin: string): number {
  return Number(new URL(origin).port || 443);
}

/** A desk's window stays on its hub's origin (any path), as the local window stays on app://rebond. */
export function isHubUrl(url: string, pin: HubPin): boolean {
  try {
    const parsed = new URL(url);
    return parsed.origin === new URL(pin.origin).origin && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/**
 * A new window from a desk of a hub: the renderer opens a blank tab, then points it at the hub's
 * `/documents/<reference>.pdf` (openDocument.ts), so a blank window or a hub document may open; the child window keeps
 * the same session, certificate check and navigation rule. Nothing else opens (the local app opens none either).
 */
export function mayOpenWindow(url: string, pin: HubPin | null): boolean {
  if (!pin) return false;
  if (url === 'about:blank') return true;
  return isHubUrl(url, pin) && new URL(url).pathname.startsWith('/documents/');
}
