import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { CLOCK, Clock, isoDay, LOGGER, PeriodicJob, PeriodicSchedule } from '@app/common';
import { Transactions } from '@app/database';
import { REFERRAL_POLICY, ReferralPolicy } from '../connections/referral-policy';

/** Wellbeing records are kept three years from the first contact (long enough for a year's reports to be compared with the next two), then deleted with their follow-up. */
export const WELLBEING_RETENTION_YEARS = 3;

@Injectable()
export class WellbeingRetentionJob extends PeriodicJob {
  constructor(
    private readonly transactions: Transactions,
    @Inject(REFERRAL_POLICY) private readonly policy: ReferralPolicy,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected schedule(): PeriodicSchedule {
    return { intervalMs: this.policy.jobIntervalMs, failure: 'deleting expired wellbeing records failed; will try again' };
  }

  /** Deletes first contacts older than the retention period, their follow-ups and scores with them. Returns how many first contacts. */
  async run(): Promise<number> {
    const today = this.clock.now();
    const cutoff = isoDay(new Date(Date.UTC(today.getUTCFullYear() - WELLBEING_RETENTION_YEARS, today.getUTCMonth(), today.getUTCDate())));
    const [, deleted] = await this.transactions.tx.query("DELETE FROM wellbeing_records WHERE occasion = 'FIRST_CONTACT' AND recorded_on < $1::date", [cutoff]);
    if (deleted) this.logger.info({ deleted }, 'wellbeing records past their retention deleted');
    return deleted;
  }
}
