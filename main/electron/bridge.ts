/**
 * What the preload exposes as `window.rebond`: one function per contract method, each forwarding its single
 * argument to that method's IPC channel, and nothing else. Pure (the IPC call is passed in), so it is testable
 * without Electron; it imports no schema, so the preload bundle stays small.
 */
import type { MethodName } from '../../shared/contract';
import { ipcChannel } from '../../shared/contract/client';
import type { ApiResult } from '../../shared/errors';

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;
export type BridgeCall = (input: unknown) => Promise<ApiResult<unknown>>;
export type Bridge = Readonly<Record<MethodName, BridgeCall>>;

export function buildBridge(invoke: Invoke, methods: readonly MethodName[]): Bridge {
  const entries = methods.map((method): [MethodName, BridgeCall] => {
    const channel = ipcChannel(method);
    // Only the first argument crosses: main validates it against the method's schema.
    return [method, (input: unknown) => invoke(channel, input) as Promise<ApiResult<unknown>>];
  });
  return Object.freeze(Object.fromEntries(entries) as Record<MethodName, BridgeCall>);
}
