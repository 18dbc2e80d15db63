import type { Input, MethodName } from './index';

/** The renderer's cache key of one read: the method and its input, compared by value. */
export type QueryKey<M extends MethodName = MethodName> = readonly [M, Input<M>];

/** A method's domain is its name's prefix: `devices.get` → `devices`. */
export type Domain<M extends MethodName = MethodName> = M extends `${infer D}.${string}` ? D : never;

export function queryKey<M extends MethodName>(method: M, input: Input<M>): QueryKey<M> {
  return [method, input] as const;
}

export function domainOf<M extends MethodName>(method: M): Domain<M> {
  return method.slice(0, method.indexOf('.')) as Domain<M>;
}

/**
 * The domains whose reads a successful call of `method` makes stale: its own, the ones the caller names (a
 * handover changes devices too), and `events`, since every change writes its event.
 */
export function staleDomains(method: MethodName, extra: readonly Domain[] = []): ReadonlySet<Domain> {
  return new Set<Domain>([domainOf(method), ...extra, 'events']);
}

/** Whether a cached read (by its key) belongs to one of these domains; keys not made by `queryKey` never do. */
export function isInDomains(key: readonly unknown[], domains: ReadonlySet<Domain>): boolean {
  const method = key[0];
  if (typeof method !== 'string' || !method.includes('.')) return false;
  return domains.has(method.slice(0, method.indexOf('.')) as Domain);
}
