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
  tokenHeader: 'x-rebond-token',
  sessionHeader: 'x-rebond-session',
  maxBodyBytes: 16 * 1024 * 1024,
  /** `GET /documents/<reference>.pdf?token=…&session=…` serves a stored document (browser edition). */
  documentsPrefix: '/documents/',
} as const;

/** The IPC channel of a method; the preload exposes exactly one function per method. */
export const ipcChannel = (method: MethodName) => `rebond:${method}`;
