import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { HTTP } from '../../shared/contract/client';
import type { ApiResult } from '../../shared/errors';
import { DEFAULT_LANG, isLang, type Lang } from '../../shared/i18n';
import type { Api, ApiSession } from '../api';
import { apiError } from '../api/localise';
import { errorReference, reportToStderr, type InternalErrorReport } from '../platform/internal-errors';
import { readCookie, sessionCookie, sessionCookieName } from './cookies';
import { CONTENT_SECURITY_POLICY } from './csp';
import { serveDocument, type DocumentRouteOptions } from './document-route';
import { isExportDownload, serveExport } from './export-route';
import type { LaunchCodes } from './launch-codes';
import { decodePercent } from './percent';
import { isFromOwnPages, isJson } from './request-origin';
import { WebSessions } from './web-sessions';

export interface WebServerOptions {
  /** The API, in this thread (tests) or behind the API host's client (the browser edition). */
  api: Pick<Api, 'callText'>;
  /** The one-time codes an opening URL may carry, exchanged at `POST /open` for a session cookie. */
  launchCodes: LaunchCodes;
  /** The browser sessions (least recently used evicted, idle ones expired); one with defaults if omitted. */
  sessions?: WebSessions;
  /** The built renderer (index.html and its assets). */
  staticDir: string;
  /** A stored document's PDF by reference (null when unknown or purged), served under /documents/. */
  documentBytes?: DocumentRouteOptions['documentBytes'];
  /** The data folder's `exports/`, where the API host writes the exports the browser then downloads. */
  exportsDir?: string;
  /** Where an unexpected error of the HTTP layer is reported, under the reference the answer carries. */
  reportInternal?: InternalErrorReport;
}

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** Only this machine's own names may address the server, which defeats DNS-rebinding pages. */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Resolves a request path inside `root`, or null when it would step outside it. */
export function staticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = normalize(join(root, relative));
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

export function send(response: ServerResponse, status: number, body: string | Buffer, type: string): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  });
  response.end(body);
}

export function sendResult(
  response: ServerResponse,
  status: number,
  result: ApiResult<unknown>,
  cookie?: string | string[],
): void {
  if (cookie) response.setHeader('set-cookie', cookie);
  send(response, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

export function requestLang(request: IncomingMessage): Lang {
  const langHeader = request.headers['accept-language']?.slice(0, 2);
  return isLang(langHeader) ? langHeader : DEFAULT_LANG;
}

export async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > HTTP.maxBodyBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The browser edition's loopback server: the built renderer, `POST /open` to exchange the opening URL's one-time
 * code for a session cookie, and `POST /api/<method>` into the same API as Electron's IPC. Every API call and
 * document must come with a live session's cookie, from the app's own pages.
 */
export function createWebServer(options: WebServerOptions): Server {
  const sessions = options.sessions ?? new WebSessions();
  const cookieName = () => sessionCookieName(portOf(server));
  /** The session of the request's cookie: 'none' without a cookie, 'ended' for one unknown here (or no longer). */
  const sessionOf = (request: IncomingMessage): ApiSession | 'none' | 'ended' => {
    const secret = readCookie(request, cookieName());
    if (secret === null) return 'none';
    return sessions.get(secret) ?? 'ended';
  };

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      const ref = errorReference();
      (options.reportInternal ?? reportToStderr)(ref, 'http', error);
      if (!response.headersSent)
        sendResult(response, 500, { ok: false, error: apiError(DEFAULT_LANG, 'internal_error', { ref }) });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isLoopbackHost(request.headers.host, portOf(server))) {
      send(response, 421, 'Misdirected request', 'text/plain; charset=utf-8');
      return;
    }
    const url = request.url ?? '/';
    if (url.startsWith(HTTP.apiPrefix)) {
      await handleApi(request, response, url.slice(HTTP.apiPrefix.length));
      return;
    }
    if (url === HTTP.openPath) {
      await handleOpen(request, response);
      return;
    }
    if (url.startsWith(HTTP.documentsPrefix) && request.method === 'GET' && options.documentBytes) {
      const session = isFromOwnPages(request, true) ? sessionOf(request) : 'none';
      if (typeof session === 'string') {
        send(response, 401, 'Unauthorised', 'text/plain; charset=utf-8');
        return;
      }
      await serveDocument(new URL(url, 'http://127.0.0.1'), response, {
        operatorId: session.operatorId,
        documentBytes: options.documentBytes,
      });
      return;
    }
    const exportPath = url.split('?')[0] ?? '';
    if (request.method === 'GET' && options.exportsDir && isExportDownload(exportPath)) {
      const session = isFromOwnPages(request, true) ? sessionOf(request) : 'none';
      if (typeof session === 'string') {
        send(response, 401, 'Unauthorised', 'text/plain; charset=utf-8');
        return;
      }
      serveExport(
        exportPath,
        new URL(url, 'http://127.0.0.1').searchParams.get('name'),
        session.operatorId,
        options.exportsDir,
        response,
      );
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      return;
    }
    const path = staticPath(options.staticDir, url);
    if (!path) {
      send(response, 404, 'Not found', 'text/plain; charset=utf-8');
      return;
    }
    try {
      send(response, 200, await readFile(path), MIME[extname(path)] ?? 'application/octet-stream');
    } catch {
      send(response, 404, 'Not found', 'text/plain; charset=utf-8');
    }
  }

  /** `POST /open` with `{"code": …}`: a valid one-time code becomes a new session and its cookie. */
  async function handleOpen(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const lang = requestLang(request);
    if (request.method !== 'POST') {
      send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      return;
    }
    const body = isFromOwnPages(request) && isJson(request) ? await readBody(request) : null;
    let code: unknown;
    try {
      code = (JSON.parse(body ?? 'null') as { code?: unknown } | null)?.code;
    } catch {
      code = undefined;
    }
    if (typeof code !== 'string' || !options.launchCodes.redeem(code)) {
      sendResult(response, 401, { ok: false, error: apiError(lang, 'launch_code_invalid') });
      return;
    }
    const previous = readCookie(request, cookieName());
    if (previous !== null) sessions.close(previous);
    const opened = sessions.open();
    sendResult(response, 200, { ok: true, value: null }, sessionCookie(cookieName(), opened.secret));
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    const lang = requestLang(request);
    if (request.method !== 'POST') {
      send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      return;
    }
    const session = isFromOwnPages(request) && isJson(request) ? sessionOf(request) : 'none';
    if (typeof session === 'string') {
      sendResult(response, 401, {
        ok: false,
        error: apiError(lang, session === 'ended' ? 'session_ended' : 'unauthorised'),
      });
      return;
    }
    const name = decodePercent(method);
    if (name === null) {
      sendResult(response, 400, {
        ok: false,
        error: apiError(
          session.lang,
          'invalid_input',
          { field: 'field.apiPath', detail: 'validation.bad_percent_encoding' },
          'method',
        ),
      });
      return;
    }
    const body = await readBody(request);
    if (body === null) {
      sendResult(response, 400, {
        ok: false,
        error: apiError(session.lang, 'invalid_input', { field: 'JSON', detail: '> 16 MiB' }),
      });
      return;
    }
    // The body goes to the API host as text: this thread never takes a large input apart (see `Api.callText`).
    const result = await options.api.callText(name, body, session);
    sendResult(response, statusOf(result), result);
  }

  return server;
}

/** 503 while the API host is gone, 400 for a body that is not JSON, else 200 (a refusal is an answer). */
function statusOf(result: ApiResult<unknown>): number {
  if (result.ok) return 200;
  if (result.error.code === 'api_unavailable') return 503;
  return result.error.code === 'invalid_input' && result.error.params?.field === 'JSON' ? 400 : 200;
}

function portOf(server: Server): number {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}
