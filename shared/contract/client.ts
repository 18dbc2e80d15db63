import type { ApiResult } from '../errors';
import type { Input, MethodName, Result } from './index';

/** How a call reaches main: Electron IPC through the preload, or HTTP over loopback in the browser edition. */
export type Transport = (method: MethodName, input: unknown) => Promise<ApiResult<unknown>>;

export interface Client {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<ApiResult<Result<M>>>;
}

export function createClient(transport: Transport): Client {
  return {
    call: (method, input) => transport(method, input) as Promise<ApiResult<Result<typeof method>>>,
  };
}

/** The HTTP transport's wire format, shared by the server and the renderer. */
export const HTTP = {
  apiPrefix: '/api/',
  /** `POST /open` with `{"code": …}` exchanges the opening URL's one-time code for the session cookie. */
  openPath: '/open',
  /** The opening URL's fragment parameter holding that code: `http://127.0.0.1:N/#code=…`. */
  codeParameter: 'code',
  maxBodyBytes: 16 * 1024 * 1024,
  /** `GET /documents/<reference>.pdf` serves a stored document to a tab holding the session cookie. */
  documentsPrefix: '/documents/',
  /** The hub: `POST /pair` with `{"code", "name"}` pairs a desk, which gets its credential as a cookie. */
  pairPath: '/pair',
  /** The hub (and the browser edition): `GET /live`, server-sent events after each committed write. */
  livePath: '/live',
  /** The hub: `POST /station/push?name=FILE` with `Authorization: Bearer TOKEN`, a wiping station's result. */
  stationPushPath: '/station/push',
  /** The page's own note of how long ago its user last did something, so a desk left alone locks. */
  idleHeader: 'x-rebond-idle-ms',
  /** A desk's credential for programs that are not browsers (the cookie's value, as a header). */
  deskHeader: 'x-rebond-desk',
} as const;

/** The IPC channel of a method; the preload exposes exactly one function per method. */
export const ipcChannel = (method: MethodName) => `rebond:${method}`;
