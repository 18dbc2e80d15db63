import { useCallback } from 'react';
import type { Input, MethodName, Result } from '../../shared/contract';
import type { ApiResult } from '../../shared/errors';
import { client } from './transport';

/** Calls main through the one transport; the result is the envelope, errors already translated by main. */
export function useApi(): <M extends MethodName>(method: M, input: Input<M>) => Promise<ApiResult<Result<M>>> {
  return useCallback((method, input) => client.call(method, input), []);
}
