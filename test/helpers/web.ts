import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP } from '../../shared/contract/client';
import type { ApiResult } from '../../shared/errors';
import { exportsFolder } from '../../main/services/exports';
import { documentBytesFor } from '../../main/web/document-bytes';
import { LaunchCodes } from '../../main/web/launch-codes';
import { createWebServer } from '../../main/web/server';
import { WebSessions, type WebSessionOptions } from '../../main/web/web-sessions';
import { tempDir, type Harness } from './api';

export interface WebHarness {
  base: string;
  port: number;
  codes: LaunchCodes;
  /** Exchanges a fresh one-time code over HTTP and returns the `cookie` request header the browser would send. */
  open: () => Promise<string>;
  /** `POST /api/<method>` with that cookie (or none), as the app's own page would send it. */
  api: (
    cookie: string | null,
    method: string,
    input: unknown,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; body: ApiResult<unknown> }>;
  close: () => Promise<void>;
}

/** The browser edition's server on 127.0.0.1 over the harness's store, its clock being the store's (tests pin it). */
export async function startWebServer(h: Harness, sessionOptions: WebSessionOptions = {}): Promise<WebHarness> {
  const dir = tempDir('rebond-web-');
  const codes = new LaunchCodes(h.store.clock);
  const server: Server = createWebServer({
    api: h.api,
    launchCodes: codes,
    sessions: new WebSessions({ clock: h.store.clock, ...sessionOptions }),
    staticDir: dir.path,
    documentBytes: (reference, operatorId) => documentBytesFor(h.store, reference, operatorId),
    exportsDir: exportsFolder(h.store),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    port,
    codes,
    open: async () => {
      const response = await fetch(`${base}${HTTP.openPath}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: codes.issue() }),
      });
      const cookie = response.headers.get('set-cookie');
      if (response.status !== 200 || !cookie) throw new Error(`opening refused: ${response.status}`);
      return cookie.split(';')[0] ?? '';
    },
    api: async (cookie, method, input, headers = {}) => {
      const response = await fetch(`${base}${HTTP.apiPrefix}${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
        body: JSON.stringify(input),
      });
      return { status: response.status, body: (await response.json()) as ApiResult<unknown> };
    },
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      dir.remove();
    },
  };
}
