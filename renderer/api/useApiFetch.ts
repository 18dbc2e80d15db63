import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Input, MethodName, Result } from '../../shared/contract';
import { queryKey } from '../../shared/contract/query-keys';
import type { ApiResult } from '../../shared/errors';
import { callOrThrow, errorOf } from './queries';

/**
 * A read made at a moment rather than for as long as a screen shows it (a scan looks a device up): it goes
 * through the same cache as `useApiQuery`, under the same `[method, input]` key, always asking main again, and
 * resolves to the envelope (never rejects) so the desk words a refusal itself.
 */
export function useApiFetch(): <M extends MethodName>(method: M, input: Input<M>) => Promise<ApiResult<Result<M>>> {
  const queryClient = useQueryClient();
  return useCallback(
    async <M extends MethodName>(method: M, input: Input<M>): Promise<ApiResult<Result<M>>> => {
      try {
        const value = await queryClient.fetchQuery({
          queryKey: queryKey(method, input),
          queryFn: () => callOrThrow(method, input),
          staleTime: 0,
        });
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
