import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from './errors';

/**
 * Requests per client per minute, counted in this process (each replica counts its own share, which
 * is enough to stop one client hogging the service). `take` counts a request or refuses it.
 */
export class ClientRateLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(
    readonly perMinute: number,
    name: string,
  ) {
    this.limiter = new RateLimiterMemory({ keyPrefix: name, points: perMinute, duration: 60 });
  }

  /** Returns the requests left this minute; throws RateLimitedError (429, Retry-After) when none are. */
  async take(client: string): Promise<number> {
    try {
      return (await this.limiter.consume(client)).remainingPoints;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      throw new RateLimitedError(`At most ${this.perMinute} requests a minute; try again shortly`, refusal.msBeforeNext / 1000);
    }
  }
}
