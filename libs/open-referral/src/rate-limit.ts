import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, Observable, switchMap } from 'rxjs';
import { ClientRateLimit, RateLimitedError } from '@app/common';

export const ORUK_RATE_LIMIT = Symbol('ORUK_RATE_LIMIT');

/** Requests per client (IP address) per minute on the open API; every answer is open to any origin. */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  private readonly limit: ClientRateLimit;

  constructor(@Inject(ORUK_RATE_LIMIT) perMinute: number) {
    this.limit = new ClientRateLimit(perMinute, 'oruk');
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('x-ratelimit-limit', String(this.limit.perMinute));
    const counted = this.limit.take(request.ip ?? 'unknown').then(
      (remaining) => response.setHeader('x-ratelimit-remaining', String(remaining)),
      (error: unknown) => {
        if (error instanceof RateLimitedError) response.setHeader('x-ratelimit-remaining', '0');
        throw error;
      },
    );
    return from(counted).pipe(switchMap(() => next.handle()));
  }
}
