import { CallHandler, ExecutionContext, HttpException, HttpStatus, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable } from 'rxjs';

export const ORUK_RATE_LIMIT = Symbol('ORUK_RATE_LIMIT');

/**
 * Requests per client (IP address) per minute on the open API, in a fixed window kept in this
 * process: each replica counts its own share, which is enough to stop one client hogging the API.
 */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  private window = 0;
  private counts = new Map<string, number>();

  constructor(@Inject(ORUK_RATE_LIMIT) private readonly perMinute: number) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const minute = Math.floor(Date.now() / 60_000);
    if (minute !== this.window) {
      this.window = minute;
      this.counts = new Map();
    }
    const client = request.ip ?? 'unknown';
    const used = (this.counts.get(client) ?? 0) + 1;
    this.counts.set(client, used);
    response.setHeader('x-ratelimit-limit', String(this.perMinute));
    response.setHeader('x-ratelimit-remaining', String(Math.max(0, this.perMinute - used)));
    response.setHeader('access-control-allow-origin', '*');
    if (used > this.perMinute) {
      response.setHeader('retry-after', String(60 - Math.floor((Date.now() / 1000) % 60)));
      throw new HttpException({ code: 'RATE_LIMITED', message: `At most ${this.perMinute} requests a minute; try again shortly` }, HttpStatus.TOO_MANY_REQUESTS);
    }
    return next.handle();
  }
}
