import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from './errors';

/** REST endpoints answer DomainErrors with their HTTP status and the same code and message. */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost) {
    if (host.getType() !== 'http') throw error;
    const response = host.switchToHttp().getResponse<Response>();
    // Set the type explicitly: a handler's @Header('content-type', 'text/csv') is already on the response.
    for (const [name, value] of error.httpHeaders) response.setHeader(name, value);
    response
      .status(error.httpStatus)
      .type('application/json')
      .send(JSON.stringify({ message: error.message, ...error.clientExtensions }));
  }
}
