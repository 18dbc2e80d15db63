import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import { extname } from 'node:path';
import { HTTP } from '../../shared/contract/client';
import type { HubIdentity } from '../../shared/contract/hub';
import { DEFAULT_LANG } from '../../shared/i18n';
import type { ApiSession } from '../api';
import { pairingRequest } from '../../shared/contract/hub';
import { apiError, invalidInput, zodErrorMap } from '../api/localise';
import type { ApiHostClient } from '../api-host/client';
import { errorReference, reportToStderr, type InternalErrorReport } from '../platform/internal-errors';
import { STATION_MAX_BYTES } from '../services/hub/stations';
import { readCookie } from '../web/cookies';
import { serveDocument } from '../web/document-route';
import { decodePercent } from '../web/percent';
import { isJson } from '../web/request-origin';
import { secretDigest } from '../services/secret-digest';
import { MIME, readBody, requestLang, send, sendResult, staticPath } from '../web/server';
import { WebSessions } from '../web/web-sessions';
import { closeIdleConnectionsWhenQuiet } from './idle-connections';
import { LiveStreams } from './live-streams';
import type { PairingCodes } from './pairing-codes';

/** A desk's credential cookie lasts as long as browsers allow (400 days); revoking it is the administrator's. */
const DESK_COOKIE_MAX_AGE_S = 400 * 24 * 3600;
/** How long a checked credential is trusted without asking the host again (a revocation clears it at once). */
const DESK_CACHE_MS = 5_000;

export interface HubServerOptions {
  tls: { cert: string; key: string; fingerprint: string };
  /** The API host's client: calls through the one gate, desks, station pushes, change notices. */
  host: Pick<ApiHostClient, 'callAsync' | 'desk' | 'stationPush' | 'documentBytes' | 'onChanged'>;
  pairing: PairingCodes;
  staticDir: string;
  /** A desk whose user has done nothing this long locks: the next person signs in with a password. */
  lockAfterMs: number;
  clock?: () => Date;
  reportInternal?: InternalErrorReport;
}

export interface HubServer {
  server: Server;
  live: LiveStreams;
}

/** The desk credential's cookie at a hub on this port (the desktop shell keeps it between starts). */
export const deskCookieName = (port: number) => `rebond_desk_${port}`;
const cookieNames = (port: number) => ({ desk: deskCookieName(port), session: `rebond_hub_session_${port}` });

/** Only the hub's own pages: `Origin`, when present, is this server's https origin; `Sec-Fetch-Site` same-origin. */
function isFromHubPages(request: IncomingMessage, allowTyped = false): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `https://${request.headers.host ?? ''}`) return false;
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || (allowTyped && site === 'none');
}

/**
 * The hub's HTTPS server: the same renderer and the same `POST /api/<method>` into the API host's one gate as the
 * browser edition, but for the site's network. A browser becomes a desk once (`POST /pair` with the code the hub
 * shows), and every API call, document and live stream needs a live desk credential; each desk then has its own
 * sessions (one per browser), which lock after `lockAfterMs` without activity. Wiping stations push files with
 * their bearer token. Unpaired browsers get the renderer, whose calls all answer `desk_unpaired`: the pairing page.
 */
export function createHubServer(options: HubServerOptions): HubServer {
  const clock = options.clock ?? (() => new Date());
  const sessions = new WebSessions({ clock, idleMs: options.lockAfterMs, maxSessions: 512 });
  const live = new LiveStreams();
  const report = options.reportInternal ?? reportToStderr;
  const deskCache = new Map<string, { deskId: number; until: number }>();

  options.host.onChanged((entities) => {
    if (entities.includes('desk')) {
      deskCache.clear();
      void live.endUnless(async (digest) => (await options.host.desk(digest)) !== null).catch(() => undefined);
    }
    live.send(entities);
  });

  const server = createServer({ cert: options.tls.cert, key: options.tls.key }, (request, response) => {
    void handle(request, response).catch((error: unknown) => {
      const ref = errorReference();
      report(ref, 'hub', error);
      if (!response.headersSent)
        sendResult(response, 500, { ok: false, error: apiError(DEFAULT_LANG, 'internal_error', { ref }) });
    });
  });
  closeIdleConnectionsWhenQuiet(server);
  const names = () => cookieNames(portOf(server));

  function deskCredential(request: IncomingMessage): string | null {
    const header = request.headers[HTTP.deskHeader];
    if (typeof header === 'string' && header !== '') return header;
    return readCookie(request, names().desk);
  }

  /** The live desk of the request's credential, and that credential's digest; null without one. */
  async function deskOf(request: IncomingMessage): Promise<{ deskId: number; digest: string } | null> {
    const secret = deskCredential(request);
    if (secret === null) return null;
    const digest = secretDigest(secret);
    const now = clock().getTime();
    const cached = deskCache.get(digest);
    if (cached && cached.until > now) return { deskId: cached.deskId, digest };
    const deskId = await options.host.desk(digest);
    if (deskId === null) {
      deskCache.delete(digest);
      return null;
    }
    deskCache.set(digest, { deskId, until: now + DESK_CACHE_MS });
    return { deskId, digest };
  }

  /** This browser's session at this desk, a new one (locked, nobody signed in) when it has none or it lapsed. */
  function sessionAt(request: IncomingMessage, deskId: number): { session: ApiSession; cookie?: string } {
    const secret = readCookie(request, names().session);
    const idle = Number(request.headers[HTTP.idleHeader]);
    const activeAt = Number.isFinite(idle) && idle >= 0 ? clock().getTime() - idle : undefined;
    const found = secret === null ? null : sessions.get(secret, activeAt);
    if (found && found.desk?.id === deskId) return { session: found };
    if (secret !== null) sessions.close(secret);
    const opened = sessions.open({ id: deskId, unlocked: false });
    return {
      session: opened.session,
      cookie: `${names().session}=${opened.secret}; HttpOnly; Secure; SameSite=Strict; Path=/`,
    };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = request.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    if (path === HTTP.stationPushPath) return handleStation(request, response, url);
    if (url.startsWith(HTTP.apiPrefix)) return handleApi(request, response, url.slice(HTTP.apiPrefix.length));
    if (path === HTTP.pairPath) return handlePair(request, response);
    if (path === HTTP.livePath && request.method === 'GET') {
      const desk = isFromHubPages(request) ? await deskOf(request) : null;
      if (!desk)
        return sendResult(response, 401, { ok: false, error: apiError(requestLang(request), 'desk_unpaired') });
      if (!live.open(response, desk.digest)) send(response, 503, 'Too many live streams', 'text/plain; charset=utf-8');
      return;
    }
    if (url.startsWith(HTTP.documentsPrefix) && request.method === 'GET') {
      const desk = isFromHubPages(request, true) ? await deskOf(request) : null;
      if (!desk) return send(response, 401, 'Unauthorised', 'text/plain; charset=utf-8');
      const { session } = sessionAt(request, desk.deskId);
      return serveDocument(new URL(url, 'https://hub'), response, {
        operatorId: session.operatorId,
        documentBytes: (reference, operatorId) => options.host.documentBytes(reference, operatorId),
      });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8');
    const file = staticPath(options.staticDir, url);
    if (!file) return send(response, 404, 'Not found', 'text/plain; charset=utf-8');
    try {
      send(response, 200, await readFile(file), MIME[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(response, 404, 'Not found', 'text/plain; charset=utf-8');
    }
  }

  /** `POST /pair` with `{"code", "name"}`: the code shown on the hub, once, makes this browser a desk. */
  async function handlePair(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const lang = requestLang(request);
    // `GET /pair`: the fingerprint of the certificate this hub presents, for the pairing page and Administration to
    // show (what a person compares with the browser's certificate viewer and the hub's console; nothing secret).
    if (request.method === 'GET') return sendResult(response, 200, { ok: true, value: hubIdentity(options.tls) });
    if (request.method !== 'POST') return send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8');
    const body = isFromHubPages(request) && isJson(request) ? await readBody(request) : null;
    let json: unknown = null;
    try {
      json = JSON.parse(body ?? 'null');
    } catch {
      json = null;
    }
    // The same kind of schema and the same words as the one gate, for this one call made before any session.
    const parsed = pairingRequest.safeParse(json ?? {}, { error: zodErrorMap(lang) });
    if (!parsed.success) return sendResult(response, 400, { ok: false, error: invalidInput(lang, parsed.error) });
    const { name, code } = parsed.data;
    if (!options.pairing.redeem(code)) {
      return sendResult(response, 401, { ok: false, error: apiError(lang, 'pairing_code_invalid', {}, 'code') });
    }
    const secret = randomBytes(32).toString('base64url');
    const deskId = await options.host.desk(secretDigest(secret), { name });
    sendResult(response, 200, { ok: true, value: { deskId } }, [
      `${names().desk}=${secret}; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age=${DESK_COOKIE_MAX_AGE_S}`,
    ]);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    const lang = requestLang(request);
    if (request.method !== 'POST') return send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8');
    const desk = isFromHubPages(request) && isJson(request) ? await deskOf(request) : null;
    if (!desk) return sendResult(response, 401, { ok: false, error: apiError(lang, 'desk_unpaired') });
    const { session, cookie } = sessionAt(request, desk.deskId);
    const name = decodePercent(method);
    if (name === null) {
      return sendResult(response, 400, {
        ok: false,
        error: apiError(
          session.lang,
          'invalid_input',
          { field: 'field.apiPath', detail: 'validation.bad_percent_encoding' },
          'method',
        ),
      });
    }
    const body = await readBody(request);
    let input: unknown;
    try {
      if (body === null) throw new Error('too large');
      input = body === '' ? {} : JSON.parse(body);
    } catch {
      return sendResult(response, 400, {
        ok: false,
        error: apiError(session.lang, 'invalid_input', { field: 'JSON', detail: body === null ? '> 16 MiB' : 'JSON' }),
      });
    }
    const result = await options.host.callAsync(name, input, session);
    sendResult(response, !result.ok && result.error.code === 'api_unavailable' ? 503 : 200, result, cookie);
  }

  /** `POST /station/push?name=nwipe_log.txt` with `Authorization: Bearer TOKEN` and the file as the body. */
  async function handleStation(request: IncomingMessage, response: ServerResponse, url: string): Promise<void> {
    const lang = requestLang(request);
    if (request.method !== 'POST') return send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8');
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token) return sendResult(response, 401, { ok: false, error: apiError(lang, 'station_unauthorised') });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > STATION_MAX_BYTES) {
        return sendResult(response, 413, {
          ok: false,
          error: apiError(lang, 'station_file_refused', { max: STATION_MAX_BYTES / 1024 / 1024 }, 'file'),
        });
      }
      chunks.push(chunk as Buffer);
    }
    const name = new URL(url, 'https://hub').searchParams.get('name') ?? 'station-upload';
    const result = await options.host.stationPush(token, name, new Uint8Array(Buffer.concat(chunks)), lang);
    const status = result.ok
      ? 200
      : result.error.code === 'station_unauthorised'
        ? 401
        : result.error.code === 'api_unavailable'
          ? 503
          : 400;
    sendResult(response, status, result);
  }

  return { server, live };
}

function hubIdentity(tls: { fingerprint: string }): HubIdentity {
  return { fingerprint: tls.fingerprint };
}

function portOf(server: Server): number {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}
