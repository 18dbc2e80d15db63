import { useEffect, useMemo, useState } from 'react';

/**
 * Hash routes, e.g. `#/device/RB-000123` or `#/inventory?status=ready,erased`: the app runs from a custom
 * protocol or loopback, with no server routes. The query carries a screen's view state (the inventory's filters).
 */
export interface Route {
  name: string;
  param: string | null;
  query: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [name = 'dashboard', ...rest] = path.split('/');
  return {
    name: name || 'dashboard',
    param: rest.length > 0 ? decodeURIComponent(rest.join('/')) : null,
    query: new URLSearchParams(search),
  };
}

export function routeHash(name: string, param?: string | null, query?: URLSearchParams): string {
  const search = query?.toString() ?? '';
  return `#/${name}${param ? `/${encodeURIComponent(param)}` : ''}${search ? `?${search}` : ''}`;
}

export function navigate(name: string, param?: string | null, query?: URLSearchParams): void {
  window.location.hash = routeHash(name, param, query).slice(1);
}

/** Changes the query of the current route without adding a history entry (filters typed one by one). */
export function replaceQuery(query: URLSearchParams): void {
  const route = parseRoute(window.location.hash);
  const hash = routeHash(route.name, route.param, query);
  if (hash !== window.location.hash) {
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }
}

export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return useMemo(() => parseRoute(hash), [hash]);
}
