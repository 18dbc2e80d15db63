import type { IncomingMessage } from 'node:http';

/**
 * The session cookie's name carries the port: browsers share cookies between ports of one host, and two Rebond
 * servers on 127.0.0.1 must not overwrite each other's session.
 */
export const sessionCookieName = (port: number) => `rebond_session_${port}`;

export function readCookie(request: IncomingMessage, name: string): string | null {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim() || null;
  }
  return null;
}

/** Out of reach of the page's scripts, sent only by pages of this site, for every path; gone when the browser closes. */
export function sessionCookie(name: string, secret: string): string {
  return `${name}=${secret}; HttpOnly; SameSite=Strict; Path=/`;
}
