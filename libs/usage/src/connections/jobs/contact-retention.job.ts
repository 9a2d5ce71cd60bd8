import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER, runPeriodically } from '@app/common';
import { ContactsService } from '../contact/contacts.service';
import { REFERRAL_POLICY, ReferralPolicy } from '../referral-policy';

/** Erases contact handoffs at the end of their retention. Safe on several replicas: erasing twice erases nothing more. */
@Injectable()
export class ContactRetentionJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private stop = () => {};

  constructor(
    private readonly contacts: ContactsService,
    @Inject(REFERRAL_POLICY) private readonly policy: ReferralPolicy,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = runPeriodically(() => this.run(), {
      intervalMs: this.policy.jobIntervalMs,
      runNow: true,
      logger: this.logger,
      failure: 'erasing expired contact details failed; will try again',
    });
  }

  onApplicationShutdown(): void {
    this.stop();
  }

  async run(): Promise<number> {
    const erased = await this.contacts.eraseExpired();
    if (erased) this.logger.info({ erased }, 'expired contact details erased');
    return erased;
  }
}
