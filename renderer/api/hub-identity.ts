import { useEffect, useState } from 'react';
import { HTTP } from '../../shared/contract/client';
import type { HubIdentity } from '../../shared/contract/hub';
import type { ApiResult } from '../../shared/errors';

/**
 * What a hub says of itself (`GET /pair`): its certificate's fingerprint, for the pairing page and Administration.
 * Null until it answers, and for good where no hub serves the page (the desktop app's own store, the browser edition).
 */
export function useHubIdentity(): HubIdentity | null {
  const [identity, setIdentity] = useState<HubIdentity | null>(null);
  useEffect(() => {
    let live = true;
    fetch(HTTP.pairPath, { method: 'GET', headers: { accept: 'application/json' } })
      .then(async (response) => (response.ok ? ((await response.json()) as ApiResult<HubIdentity>) : null))
      .then((result) => {
        if (live && result?.ok) setIdentity(result.value);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return identity;
}
