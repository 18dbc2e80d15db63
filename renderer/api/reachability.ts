import type { ApiError, ApiResult } from '../../shared/errors';
import { isLang, translate, DEFAULT_LANG } from '../../shared/i18n';

/**
 * Whether main answered the last call. A call that could not reach it resolves to a `transport_failed` refusal
 * instead of rejecting, so no screen stays busy and no promise goes unhandled; the app's banner reads this state.
 */
let reachable = true;
const listeners = new Set<() => void>();

function set(next: boolean): void {
  if (next === reachable) return;
  reachable = next;
  for (const listener of listeners) listener();
}

export const reachability = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  isReachable: (): boolean => reachable,
};

/**
 * The hub's live stream says at once whether the hub can be reached: it dropping shows the banner before anyone
 * tries to save, and it coming back hides it.
 */
export function reportLiveStream(open: boolean): void {
  set(open);
}

export function transportFailure(): ApiError {
  const lang = document.documentElement.lang;
  return { code: 'transport_failed', message: translate(isLang(lang) ? lang : DEFAULT_LANG, 'error.transport_failed') };
}

function isEnvelope(value: unknown): value is ApiResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** The server's answer when the API host has stopped: main cannot serve any call, as if it did not answer. */
const isHostStopped = (result: ApiResult<unknown>): boolean => !result.ok && result.error.code === 'api_unavailable';

/**
 * Runs one call: any answer shaped like the API's marks main reachable, except `api_unavailable`; anything else is
 * a transport failure. The host's own refusal is returned as it is, its message saying why.
 */
export async function guarded(call: () => Promise<unknown>): Promise<ApiResult<unknown>> {
  try {
    const result = await call();
    if (!isEnvelope(result)) throw new Error('not an API answer');
    set(!isHostStopped(result));
    return result;
  } catch {
    set(false);
    return { ok: false, error: transportFailure() };
  }
}
