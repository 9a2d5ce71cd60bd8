import { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Logger } from 'pino';

/** Fields of a database error that hold the values a query was given (what someone typed). */
const VALUE_FIELDS = new Set(['parameters', 'detail', 'where']);
/** PostgreSQL quotes a refused value at the end of its message: `invalid input syntax for type integer: "…"`. */
const redactValue = (text: unknown) => (typeof text === 'string' ? text.replace(/: ".*"(\n|$)/g, ': "[redacted]"$1') : text);

function withoutValues(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (VALUE_FIELDS.has(key)) continue;
    out[key] =
      key === 'message' || key === 'stack'
        ? redactValue(value)
        : key === 'driverError' && value && typeof value === 'object'
          ? withoutValues(value as Record<string, unknown>)
          : value;
  }
  return out;
}

/**
 * Errors as logged: the type, the SQL that failed and where, but never the values it was given
 * (query parameters, and PostgreSQL's own echo of a refused value in its message and detail).
 */
export function serializeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  return serialized && typeof serialized === 'object' ? withoutValues(serialized) : serialized;
}

export function createLogger(level: string, name = 'api', destination?: DestinationStream): Logger {
  const options = {
    name,
    level,
    serializers: { err: serializeError },
    // Belt and braces for anything that logs a request: credentials never reach the log.
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie', '*.password', '*.token'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Routes Nest's own log lines into the structured pino log. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
