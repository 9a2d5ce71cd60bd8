import type { NextFunction, Request, Response } from 'express';
import { presentedToken } from '@app/access';
import { TokenService } from '@app/accounts';
import { ClientRateLimit, RateLimitedError } from '@app/common';

/**
 * GraphQL requests per client per minute: a signed-in user by account (an office behind one address
 * is not throttled together), anyone else by address. A refused request never reaches Apollo, so it
 * runs nothing and records nothing. The token's signature is enough to pick the key; the guard
 * checks the session itself.
 */
export function graphqlRateLimit(perMinute: number, tokens: TokenService) {
  const limit = new ClientRateLimit(perMinute, 'graphql');
  return (request: Request, response: Response, next: NextFunction) => {
    let userId: string | undefined;
    try {
      const presented = presentedToken(request);
      userId = presented && tokens.peekUserId(presented.token);
    } catch {
      userId = undefined; // a malformed header is refused by the guard
    }
    limit.take(userId ? `user:${userId}` : `address:${request.ip ?? 'unknown'}`).then(
      () => next(),
      (error: unknown) => {
        if (!(error instanceof RateLimitedError)) return next(error);
        for (const [name, value] of error.httpHeaders) response.setHeader(name, value);
        response.status(error.httpStatus).json({ errors: [{ message: error.message, extensions: error.clientExtensions }] });
      },
    );
  };
}
