import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api-error';
import { execute, TypedDocument } from './client';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  refetch: () => Promise<void>;
}

/** Runs a query now and whenever its variables change; a stale answer never overwrites a newer one. */
export function useQuery<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const key = JSON.stringify(variables ?? null);
  const [state, setState] = useState<{ data?: TResult; error?: ApiError; loading: boolean }>({ loading: !options.skip });
  const latest = useRef(0);

  // A different question's answer is not shown while the new one loads; a refetch keeps it.
  const shown = useRef(key);
  const run = useCallback(async () => {
    const ticket = ++latest.current;
    const sameQuestion = shown.current === key;
    shown.current = key;
    setState((s) => ({ data: sameQuestion ? s.data : undefined, loading: true, error: undefined }));
    try {
      const data = await execute(document, JSON.parse(key) as TVariables);
      if (ticket === latest.current) setState({ data, loading: false });
    } catch (error) {
      if (ticket === latest.current)
        setState({ error: error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR'), loading: false });
    }
  }, [document, key]);

  useEffect(() => {
    if (!options.skip) void run();
  }, [run, options.skip]);

  return { data: state.data, error: state.error, loading: state.loading, refetch: run };
}

export interface MutationState<TResult, TVariables> {
  run: (variables: TVariables) => Promise<TResult | undefined>;
  running: boolean;
  error: ApiError | undefined;
  reset: () => void;
}

/** A mutation to run on demand; `run` resolves with the data, or undefined when it failed (see `error`). */
export function useMutation<TResult, TVariables>(document: TypedDocument<TResult, TVariables>): MutationState<TResult, TVariables> {
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError>();
  const run = useCallback(
    async (variables: TVariables) => {
      setRunning(true);
      setError(undefined);
      try {
        return await execute(document, variables);
      } catch (e) {
        setError(e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL_SERVER_ERROR'));
        return undefined;
      } finally {
        setRunning(false);
      }
    },
    [document],
  );
  return { run, running, error, reset: () => setError(undefined) };
}
