import { useEffect, useState } from 'react';

/** Hash routes, e.g. `#/device/RB-000123`: the app runs from a custom protocol or loopback, with no server routes. */
export interface Route {
  name: string;
  param: string | null;
}

export function parseRoute(hash: string): Route {
  const [name = 'dashboard', ...rest] = hash.replace(/^#\/?/, '').split('/');
  return { name: name || 'dashboard', param: rest.length > 0 ? decodeURIComponent(rest.join('/')) : null };
}

export function navigate(name: string, param?: string): void {
  window.location.hash = `/${name}${param ? `/${encodeURIComponent(param)}` : ''}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
