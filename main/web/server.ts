import { timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { HTTP } from '../../shared/contract/client';
import type { ApiResult } from '../../shared/errors';
import { DEFAULT_LANG, isLang } from '../../shared/i18n';
import { newSession, type Api, type ApiSession } from '../api';
import { apiError } from '../api/localise';
import { errorReference, reportToStderr, type InternalErrorReport } from '../platform/internal-errors';
import { CONTENT_SECURITY_POLICY } from './csp';
import { serveDocument, type DocumentRouteOptions } from './document-route';
import { decodePercent } from './percent';

export interface WebServerOptions {
  api: Api;
  token: string;
  /** The built renderer (index.html and its assets). */
  staticDir: string;
  /** A stored document's PDF by reference (null when unknown or purged), served under /documents/. */
  documentBytes?: DocumentRouteOptions['documentBytes'];
  /** Where an unexpected error of the HTTP layer is reported, under the reference the answer carries. */
  reportInternal?: InternalErrorReport;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

const MAX_SESSIONS = 64;

export function tokensMatch(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

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

function send(response: ServerResponse, status: number, body: string | Buffer, type: string): void {
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

function sendResult(response: ServerResponse, status: number, result: ApiResult<unknown>): void {
  send(response, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

async function readBody(request: IncomingMessage): Promise<string | null> {
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
 * The browser edition's loopback server: the built renderer, and `POST /api/<method>` into the same API as
 * Electron's IPC. Every API call must carry the per-launch token.
 */
export function createWebServer(options: WebServerOptions): Server {
  const sessions = new Map<string, ApiSession>();
  const sessionFor = (request: IncomingMessage): ApiSession => {
    const raw = request.headers[HTTP.sessionHeader];
    const id = typeof raw === 'string' && /^[\w-]{8,64}$/.test(raw) ? raw : 'default';
    let session = sessions.get(id);
    if (!session) {
      if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
      session = newSession();
      sessions.set(id, session);
    }
    return session;
  };

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      const ref = errorReference();
      (options.reportInternal ?? reportToStderr)(ref, 'http', error);
      if (!response.headersSent) sendResult(response, 500, { ok: false, error: apiError(DEFAULT_LANG, 'internal_error', { ref }) });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    if (!isLoopbackHost(request.headers.host, port)) {
      send(response, 421, 'Misdirected request', 'text/plain; charset=utf-8');
      return;
    }
    const url = request.url ?? '/';
    if (url.startsWith(HTTP.apiPrefix)) {
      await handleApi(request, response, url.slice(HTTP.apiPrefix.length));
      return;
    }
    if (url.startsWith(HTTP.documentsPrefix) && request.method === 'GET' && options.documentBytes) {
      serveDocument(new URL(url, 'http://127.0.0.1'), response, {
        token: options.token,
        tokensMatch,
        operatorOf: (id) => (id === null ? null : (sessions.get(id)?.operatorId ?? null)),
        documentBytes: options.documentBytes,
      });
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

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    const langHeader = request.headers['accept-language']?.slice(0, 2);
    const lang = isLang(langHeader) ? langHeader : DEFAULT_LANG;
    const token = request.headers[HTTP.tokenHeader];
    if (!tokensMatch(options.token, typeof token === 'string' ? token : undefined)) {
      sendResult(response, 401, { ok: false, error: apiError(lang, 'unauthorised') });
      return;
    }
    const name = decodePercent(method);
    if (name === null) {
      sendResult(response, 400, {
        ok: false,
        error: apiError(lang, 'invalid_input', { field: 'field.apiPath', detail: 'validation.bad_percent_encoding' }, 'method'),
      });
      return;
    }
    if (request.method !== 'POST') {
      send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      return;
    }
    const session = sessionFor(request);
    const body = await readBody(request);
    let input: unknown;
    try {
      if (body === null) throw new Error('too large');
      input = body === '' ? {} : JSON.parse(body);
    } catch {
      sendResult(response, 400, {
        ok: false,
        error: apiError(session.lang, 'invalid_input', { field: 'JSON', detail: body === null ? '> 16 MiB' : 'JSON' }),
      });
      return;
    }
    sendResult(response, 200, options.api.call(name, input, session));
  }

  return server;
}
