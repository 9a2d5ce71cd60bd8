import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER, PeriodicJob, PeriodicSchedule } from '@app/common';
import { ContactsService } from '../contact/contacts.service';
import { REFERRAL_POLICY, ReferralPolicy } from '../referral-policy';

/** Erases contact handoffs at the end of their retention. Safe on several replicas: erasing twice erases nothing more. */
@Injectable()
export class ContactRetentionJob extends PeriodicJob {
  constructor(
    private readonly contacts: ContactsService,
    @Inject(REFERRAL_POLICY) private readonly policy: ReferralPolicy,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected schedule(): PeriodicSchedule {
    return {
      intervalMs: this.policy.jobIntervalMs,
      failure: 'erasing expired contact details failed; will try again',
    };
  }

  async run(): Promise<number> {
    const erased = await this.contacts.eraseExpired();
    if (erased) this.logger.info({ erased }, 'expired contact details erased');
    return erased;
  }
}
