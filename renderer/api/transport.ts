import { createClient, HTTP, type Client, type Transport } from '../../shared/contract/client';
import type { MethodName } from '../../shared/contract';
import type { ApiError, ApiResult } from '../../shared/errors';
import { guarded } from './reachability';

/** What the Electron preload exposes: one function per contract method, nothing else. */
type Bridge = Record<MethodName, (input: unknown) => Promise<ApiResult<unknown>>>;

declare global {
  interface Window {
    rebond?: Bridge;
  }
}

function ipcTransport(bridge: Bridge): Transport {
  return (method, input) => guarded(() => bridge[method](input));
}

/**
 * Browser edition: the opening URL's fragment carries a one-time code (a fragment is never sent to a server in a
 * URL). It is taken out of the address at once and exchanged for an HttpOnly session cookie, which every call and
 * document tab then carries on its own; the page never holds the secret.
 */
function openSession(): Promise<ApiError | null> {
  const code = new URLSearchParams(window.location.hash.slice(1)).get(HTTP.codeParameter);
  if (!code) return Promise.resolve(null);
  history.replaceState(null, '', window.location.pathname + window.location.search);
  return fetch(HTTP.openPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  })
    .then(async (response) => {
      const result = (await response.json()) as ApiResult<unknown>;
      return result.ok ? null : result.error;
    })
    .catch(() => null);
}

/** When this page's user last pressed a key or the pointer: a hub's desk left alone locks, whatever it refreshes. */
let lastInputAt = Date.now();
for (const type of ['keydown', 'pointerdown'] as const)
  window.addEventListener(type, () => (lastInputAt = Date.now()), { capture: true, passive: true });
/** Whether this page was once a paired desk: a revoked desk then goes back to the pairing page. */
let paired = false;

function httpTransport(): Transport {
  const opening = openSession();
  return (method, input) =>
    guarded(async () => {
      const openingError = await opening;
      const response = await fetch(`${HTTP.apiPrefix}${method}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-language': document.documentElement.lang || 'fr',
          [HTTP.idleHeader]: String(Date.now() - lastInputAt),
        },
        body: JSON.stringify(input ?? {}),
      });
      // A gateway's 502 or 504 or a page that is not JSON means main did not answer; `guarded` says so. A 503 is
      // read: the server answers `api_unavailable` with it when the API host has stopped.
      if (response.status >= 502 && response.status !== 503) throw new Error(`HTTP ${response.status}`);
      const result = (await response.json()) as ApiResult<unknown>;
      if (!result.ok && result.error.code === 'desk_unpaired') {
        // Revoked while working: the page starts again on the pairing screen.
        if (paired) window.location.reload();
      } else if (response.status !== 401) paired = true;
      // Without a session, a used or expired opening code is the reason worth showing.
      return response.status === 401 && openingError ? { ok: false, error: openingError } : result;
    });
}

export const client: Client = createClient(window.rebond ? ipcTransport(window.rebond) : httpTransport());

/** The desktop app (Electron preload present), as opposed to the browser edition. */
export const isDesktop = (): boolean => window.rebond !== undefined;

/** Browser edition: where a stored document's PDF is served; the session cookie authenticates the tab. */
export function documentUrl(reference: string): string {
  return `${HTTP.documentsPrefix}${encodeURIComponent(reference)}.pdf`;
}
