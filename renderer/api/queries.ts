import { keepPreviousData, QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import type { Input, MethodName, Result } from '../../shared/contract';
import { isInDomains, queryKey, staleDomains, type Domain } from '../../shared/contract/query-keys';
import type { ApiError, ApiResult } from '../../shared/errors';
import { client } from './transport';

/** A refusal carried through TanStack Query, which expects a failed read to throw. */
class Refused extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
  }
}

/** The refusal a failed read or mutation carries; null for anything else (there is nothing else: see `guarded`). */
export const errorOf = (error: unknown): ApiError | null => (error instanceof Refused ? error.apiError : null);

/** One call for TanStack Query: the value, or the refusal thrown. */
export async function callOrThrow<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>> {
  const result = await client.call(method, input);
  if (!result.ok) throw new Refused(result.error);
  return result.value;
}

/**
 * The app's one cache of reads. A refusal is an answer, not a hiccup: nothing is retried (an unreachable main shows
 * the banner instead). A read is kept while a screen shows it and dropped when the screen closes (`gcTime: 0`):
 * other stations change the same data, so a screen that opens asks main again rather than showing an old answer.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0, gcTime: 0 },
      mutations: { retry: false },
    },
  });
}

export interface Loaded<T, M extends MethodName = MethodName> {
  /** The latest value; the previous input's is kept while a new input loads, so the screen does not flash. */
  data: T | null;
  error: ApiError | null;
  /** A read is on its way (the first, a new input's or a refetch). */
  loading: boolean;
  /** The value shown belongs to an earlier input (the new one is still loading). */
  previous: boolean;
  /** The input the value shown was read for: what to label it by while a new input loads. */
  shownInput: Input<M>;
  reload: () => void;
}

export interface QueryOptions {
  /** Off until the input is complete (e.g. no device scanned yet). */
  enabled?: boolean;
}

/** Reads one API method, cached under `[method, input]`; the result is typed by the contract. */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: Input<M>,
  options: QueryOptions = {},
): Loaded<Result<M>, M> {
  const query = useQuery({
    queryKey: queryKey(method, input),
    queryFn: () => callOrThrow(method, input),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
  const shown = useRef(input);
  if (query.data !== undefined && !query.isPlaceholderData) shown.current = input;
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return {
    data: query.data ?? null,
    error: errorOf(query.error),
    loading: query.isFetching,
    previous: query.isPlaceholderData,
    shownInput: shown.current,
    reload,
  };
}

export interface ApiCache {
  /** Puts a value a mutation returned where a read of `[method, input]` would find it, without calling main. */
  set<M extends MethodName>(
    method: M,
    input: Input<M>,
    update: (current: Result<M> | undefined) => Result<M> | undefined,
  ): void;
  /** Marks the reads of these domains stale; those on screen refetch. */
  invalidate(domains: ReadonlySet<Domain>): Promise<void>;
}

export function useApiCache(): ApiCache {
  const queryClient = useQueryClient();
  return useMemo<ApiCache>(
    () => ({
      set: (method, input, update) => queryClient.setQueryData(queryKey(method, input), update),
      invalidate: (domains) =>
        queryClient.invalidateQueries({ predicate: (query) => isInDomains(query.queryKey, domains) }),
    }),
    [queryClient],
  );
}

export interface MutationOptions<M extends MethodName> {
  /** Other domains this call changes besides its own (and `events`, always). */
  invalidates?: readonly Domain[];
  /**
   * Puts what the call returned into the cache instead of refetching it. When given, only the `invalidates`
   * domains (and `events`) are marked stale, not the method's own.
   */
  updates?: (cache: ApiCache, value: Result<M>, input: Input<M>) => void;
}

export interface Mutation<M extends MethodName> {
  /** Calls main; resolves to the envelope (never rejects), so callers keep their own wording of a refusal. */
  run: (input: Input<M>) => Promise<ApiResult<Result<M>>>;
  busy: boolean;
  error: ApiError | null;
  reset: () => void;
}

/** Calls one changing method; on success, the reads of its domain (and the named ones) are refetched. */
export function useApiMutation<M extends MethodName>(method: M, options: MutationOptions<M> = {}): Mutation<M> {
  const cache = useApiCache();
  const { invalidates, updates } = options;
  const mutation = useMutation({
    mutationFn: (input: Input<M>) => callOrThrow(method, input),
    onSuccess: (value, input) => {
      if (updates) {
        updates(cache, value, input);
        return cache.invalidate(new Set<Domain>([...(invalidates ?? []), 'events']));
      }
      return cache.invalidate(staleDomains(method, invalidates));
    },
  });
  const { mutateAsync, reset } = mutation;
  const run = useCallback(
    async (input: Input<M>): Promise<ApiResult<Result<M>>> => {
      try {
        return { ok: true, value: await mutateAsync(input) };
      } catch (error) {
        const apiError = errorOf(error);
        if (apiError) return { ok: false, error: apiError };
        throw error;
      }
    },
    [mutateAsync],
  );
  return { run, busy: mutation.isPending, error: errorOf(mutation.error), reset };
}
