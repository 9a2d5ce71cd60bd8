import { ApiError, toApiError } from './api-error';

/** A document the code generator typed: its text, and (for TypeScript only) its result and variables. */
export interface TypedDocument<TResult, TVariables> {
  toString(): string;
  __apiType?: (variables: TVariables) => TResult;
}

type Listener = (error: ApiError) => void;
const sessionEndedListeners = new Set<Listener>();

/** Called when the API says the session has ended (expired, signed out elsewhere, account disabled). */
export function onSessionEnded(listener: Listener): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

/**
 * Sends one operation to /graphql. The browser's session cookie goes with it (same origin, HttpOnly:
 * this code never sees it). Resolves with the data, or rejects with an ApiError.
 */
export async function execute<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('We could not reach the service. Check your connection and try again.', 'NETWORK');
  }
  let body: { data?: TResult | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError('Something went wrong. Try again in a moment.', response.status === 413 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR');
  }
  if (body.errors?.length) {
    const error = toApiError(body.errors);
    if (error.isSessionEnded) for (const listener of sessionEndedListeners) listener(error);
    throw error;
  }
  return body.data as TResult;
}
