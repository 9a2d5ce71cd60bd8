import { GraphQLError } from 'graphql';

/** One problem with one input field, e.g. { field: 'postcode', message: 'must be a UK postcode' }. */
export interface FieldProblem {
  field: string;
  message: string;
}

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/**
 * The one error vocabulary of the product. A DomainError is a GraphQLError, so resolvers can
 * throw it as is; REST controllers map it to an HTTP status through DomainErrorFilter. On GraphQL
 * the `http` extension (which Apollo strips from the body) sets the same status on the response.
 */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    super(message, { extensions: { code, ...extra, http: { status: HTTP_STATUS[code], headers: new Map(Object.entries(headers)) } } });
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  /** The extensions a client sees (without the transport-only `http`). */
  get clientExtensions(): Record<string, unknown> {
    const { http: _http, ...rest } = this.extensions as Record<string, unknown>;
    return rest;
  }

  get httpHeaders(): Map<string, string> {
    return (this.extensions.http as { headers: Map<string, string> }).headers;
  }
}

export class BadUserInputError extends DomainError {
  constructor(readonly problems: FieldProblem[]) {
    super('BAD_USER_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { fields: [...new Set(problems.map((p) => p.field))], problems });
  }

  static field(field: string, message: string): BadUserInputError {
    return new BadUserInputError([{ field, message }]);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id?: string, message?: string) {
    super('NOT_FOUND', message ?? (id ? `${entity} ${id} was not found` : `${entity} was not found`));
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You do not have permission to do this', extra: Record<string, unknown> = {}) {
    super('FORBIDDEN', message, extra);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to do this') {
    super('UNAUTHENTICATED', message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('CONFLICT', message, extra);
  }
}

/** Too many requests from one client: try again after `retryAfterSeconds` (also sent as Retry-After). */
export class RateLimitedError extends DomainError {
  constructor(message: string, retryAfterSeconds: number) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super('RATE_LIMITED', message, { retryAfterSeconds: seconds }, { 'retry-after': String(seconds) });
  }
}
