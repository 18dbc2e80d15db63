import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Input, MethodName, Result } from '../../shared/contract';
import { queryKey } from '../../shared/contract/query-keys';
import type { ApiResult } from '../../shared/errors';
import { callOrThrow, errorOf } from './queries';

export type ApiRead = <M extends MethodName>(method: M, input: Input<M>) => Promise<ApiResult<Result<M>>>;

/**
 * A read asked for at a moment rather than shown all along (a button « load the waiting devices », a device to
 * refresh after a change): through the one cache, under the same `[method, input]` key as `useApiQuery`, always
 * asking main again. Resolves to the envelope, never rejects.
 */
export function useApiRead(): ApiRead {
  const queryClient = useQueryClient();
  return useCallback<ApiRead>(
    async (method, input) => {
      try {
        const value = await queryClient.fetchQuery({ queryKey: queryKey(method, input), queryFn: () => callOrThrow(method, input), staleTime: 0 });
        return { ok: true, value };
      } catch (error) {
        const apiError = errorOf(error);
        if (apiError) return { ok: false, error: apiError };
        throw error;
      }
    },
    [queryClient],
  );
}
