import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { CLOCK, Clock, isoDay, LOGGER, PeriodicJob, PeriodicSchedule } from '@app/common';
import { ActivitiesService } from './activities.service';

export const LISTING_RESUME_INTERVAL = Symbol('LISTING_RESUME_INTERVAL');

/** Brings paused listings back on their resume day (at start, then every interval; 0 turns it off). */
@Injectable()
export class ListingResumeJob extends PeriodicJob {
  constructor(
    private readonly activities: ActivitiesService,
    @Inject(LISTING_RESUME_INTERVAL) private readonly intervalMs: number,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected schedule(): PeriodicSchedule {
    return {
      intervalMs: this.intervalMs,
      runNow: true,
      failure: 'resuming paused listings failed; will try again',
    };
  }

  /** Returns how many listings came back. */
  async run(): Promise<number> {
    const resumed = await this.activities.resumeDue(isoDay(this.clock.now()));
    if (resumed) this.logger.info({ resumed }, 'paused listings resumed on their day');
    return resumed;
  }
}
