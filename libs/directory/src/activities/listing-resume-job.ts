import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { CLOCK, Clock, isoDay, LOGGER, runPeriodically } from '@app/common';
import { ActivitiesService } from './activities.service';

export const LISTING_RESUME_INTERVAL = Symbol('LISTING_RESUME_INTERVAL');

/** Brings paused listings back on their resume day (at start, then every interval; 0 turns it off). */
@Injectable()
export class ListingResumeJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private stop = () => {};

  constructor(
    private readonly activities: ActivitiesService,
    @Inject(LISTING_RESUME_INTERVAL) private readonly intervalMs: number,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = runPeriodically(() => this.run(), {
      intervalMs: this.intervalMs,
      runNow: true,
      logger: this.logger,
      failure: 'resuming paused listings failed; will try again',
    });
  }

  onApplicationShutdown(): void {
    this.stop();
  }

  /** Returns how many listings came back. */
  async run(): Promise<number> {
    const resumed = await this.activities.resumeDue(isoDay(this.clock.now()));
    if (resumed) this.logger.info({ resumed }, 'paused listings resumed on their day');
    return resumed;
  }
}
