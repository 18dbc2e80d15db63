import { createClient, HTTP, type Client, type Transport } from '../../shared/contract/client';
import type { MethodName } from '../../shared/contract';
import type { ApiResult } from '../../shared/errors';

/** What the Electron preload exposes: one function per contract method, nothing else. */
type Bridge = Record<MethodName, (input: unknown) => Promise<ApiResult<unknown>>>;

declare global {
  interface Window {
    rebond?: Bridge;
  }
}

function ipcTransport(bridge: Bridge): Transport {
  return (method, input) => bridge[method](input);
}

/** The per-launch token arrives in the URL fragment (never sent to a server by the browser) and is kept per tab. */
function launchToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem('rebond.token', fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return sessionStorage.getItem('rebond.token') ?? '';
}

function sessionId(): string {
  let id = sessionStorage.getItem('rebond.session');
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem('rebond.session', id);
  }
  return id;
}

function httpTransport(): Transport {
  const token = launchToken();
  const session = sessionId();
  return async (method, input) => {
    const response = await fetch(`${HTTP.apiPrefix}${method}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [HTTP.tokenHeader]: token,
        [HTTP.sessionHeader]: session,
        'accept-language': document.documentElement.lang || 'fr',
      },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as ApiResult<unknown>;
  };
}

export const client: Client = createClient(window.rebond ? ipcTransport(window.rebond) : httpTransport());

/** The desktop app (Electron preload present), as opposed to the browser edition. */
export const isDesktop = (): boolean => window.rebond !== undefined;

/** Browser edition: where a stored document's PDF is served, with this tab's token and signed-in session. */
export function documentUrl(reference: string): string {
  const query = new URLSearchParams({ token: launchToken(), session: sessionId() });
  return `${HTTP.documentsPrefix}${encodeURIComponent(reference)}.pdf?${query.toString()}`;
}
