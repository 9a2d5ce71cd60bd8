import { HttpException } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError, ErrorCode } from '../errors';

const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
]);

function codeForStatus(status: number): ErrorCode | undefined {
  return ({ 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT' } as const)[status as 400];
}

// Apollo reports a bad variable as `Variable "$input" got invalid value … at "input.title"; …`.
function variableFields(message: string): string[] {
  const fields = new Set<string>();
  for (const m of message.matchAll(/at "([^"]+)"/g)) fields.add(m[1].split('.').slice(1).join('.') || m[1]);
  const field = /Field "([^"]+)" of required type/.exec(message) ?? /Field "([^"]+)" is not defined/.exec(message);
  if (field) fields.add(field[1]);
  const variable = /Variable "\$([^"]+)"/.exec(message);
  if (!fields.size && variable) fields.add(variable[1]);
  return [...fields];
}

// graphql-js suggests names ("Did you mean …?"): in production that would describe the schema.
const hideSuggestions = (message: string) => message.replace(/ ?Did you mean [^?]*\?/g, '');

/**
 * Turns every error into the contract's vocabulary. Known errors keep their code and fields; anything
 * else is logged with its stack and reaches the client as a bare INTERNAL_SERVER_ERROR.
 */
export function createErrorFormatter(logger: Logger, options: { hideSchema?: boolean } = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const message = options.hideSchema ? hideSuggestions(formatted.message) : formatted.message;
    const base = { message, locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) return { ...base, extensions: original.clientExtensions };
    if (original instanceof HttpException) {
      const code = codeForStatus(original.getStatus());
      if (code) return { ...base, message: original.message, extensions: { code } };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code && PASS_THROUGH.has(code)) {
      const extensions: Record<string, unknown> = { code };
      if (code === 'BAD_USER_INPUT') extensions.fields = formatted.extensions?.fields ?? variableFields(message);
      return { ...base, extensions };
    }
    logger.error({ err: original }, 'unexpected error in GraphQL request');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
