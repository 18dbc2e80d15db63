/** The `app://rebond/` scheme: the built renderer served from disk, never the network, with the app's CSP. */
import { protocol, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../web/csp';
import { APP_SCHEME } from './policy/app-origin';
import { resolveAppPath } from './policy/app-path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/**
 * Must run before the app is ready. Standard + secure: the origin behaves like https (relative URLs, 'self' in
 * the CSP, secure-context APIs); no CSP bypass, no service workers, no CORS.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
}

export function serveAppScheme(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const path = resolveAppPath(rendererDir, request.url);
    if (!path) return plain(404, 'Not found');
    try {
      const body = await readFile(path);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...HEADERS, 'content-type': MIME[extname(path)] ?? 'application/octet-stream' },
      });
    } catch {
      return plain(404, 'Not found');
    }
  });
}
