import type { IncomingMessage } from 'node:http';

/**
 * Whether a request comes from the app's own pages (or from a program that is not a browser). SameSite=Strict
 * keeps the cookie from other sites, but every port of 127.0.0.1 is the same site: a page served by another
 * local program could still send it. Browsers mark their requests with `Origin` (every POST) and
 * `Sec-Fetch-Site`; anything not from this origin is refused. `allowTyped` admits a navigation the user typed
 * or opened from outside (`Sec-Fetch-Site: none`), for document tabs.
 */
export function isFromOwnPages(request: IncomingMessage, allowTyped = false): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${request.headers.host ?? ''}`) return false;
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || (allowTyped && site === 'none');
}

/** A JSON body: a page of another origin cannot send one without a preflight, which this server never grants. */
export function isJson(request: IncomingMessage): boolean {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}
