import { useCallback, useEffect, useState } from 'react';
import type { Input, MethodName, Result } from '../../shared/contract';
import type { ApiError } from '../../shared/errors';
import { useApi } from '../api/useApi';

export interface Loaded<T> {
  /** The latest value; kept while a reload runs so the screen does not flash. */
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Reads one API method and keeps the result; calls again when the input changes (compared by value) or on
 * `reload()`. Answers that arrive after a newer call started are dropped.
 */
export function useLoad<M extends MethodName>(method: M, input: Input<M>): Loaded<Result<M>> {
  const call = useApi();
  const key = JSON.stringify(input);
  const [state, setState] = useState<{ data: Result<M> | null; error: ApiError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    void call(method, JSON.parse(key) as Input<M>).then((result) => {
      if (!current) return;
      if (result.ok) setState({ data: result.value, error: null, loading: false });
      else setState((previous) => ({ data: previous.data, error: result.error, loading: false }));
    });
    return () => {
      current = false;
    };
  }, [call, method, key, generation]);

  return { ...state, reload };
}
