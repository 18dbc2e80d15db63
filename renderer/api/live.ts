import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { HTTP } from '../../shared/contract/client';
import { domainsChanged } from '../../shared/contract/live-domains';
import type { Domain } from '../../shared/contract/query-keys';
import { isInDomains } from '../../shared/contract/query-keys';
import { reportLiveStream } from './reachability';

/** Changes arriving this close together are read again once: a burst of scans refetches a queue once. */
const COALESCE_MS = 150;

/**
 * At a hub's desk: the hub's server-sent events after each committed write name the kinds of record changed, and the
 * reads of those domains on screen refetch, so what another desk did shows here without reloading. The stream
 * dropping shows the transport banner at once (what was typed stays on screen); when it comes back, everything on
 * screen is read again, since changes may have been missed meanwhile.
 */
export function useLiveUpdates(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource(HTTP.livePath);
    let pending = new Set<Domain>();
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lost = false;
    const flush = () => {
      timer = null;
      const domains = pending;
      pending = new Set();
      void queryClient.invalidateQueries({ predicate: (query) => isInDomains(query.queryKey, domains) });
    };
    source.addEventListener('changed', (event) => {
      const { entities } = JSON.parse((event as MessageEvent<string>).data) as { entities: string[] };
      for (const domain of domainsChanged(entities)) pending.add(domain);
      timer ??= setTimeout(flush, COALESCE_MS);
    });
    source.onopen = () => {
      reportLiveStream(true);
      if (lost) void queryClient.invalidateQueries();
      lost = false;
    };
    source.onerror = () => {
      lost = true;
      reportLiveStream(false);
    };
    return () => {
      if (timer) clearTimeout(timer);
      source.close();
    };
  }, [enabled, queryClient]);
}
