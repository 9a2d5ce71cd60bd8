import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { CLOCK, Clock, LOGGER, PeriodicJob, PeriodicSchedule } from '@app/common';
import { Transactions } from '@app/database';
import { NotificationKind } from '../../notifications/notification-kind';
import { NotificationsService } from '../../notifications/notifications.service';
import { OPEN_OUTCOMES } from '../../usage-enums';
import { ConnectionsRepository } from '../connections.repository';
import { REFERRAL_POLICY, ReferralPolicy } from '../referral-policy';

/**
 * Flags open connections whose group was suspended or whose activity was paused or closed, and tells
 * each link worker. Runs as often as notifications go out, so they hear within seconds; one UPDATE
 * flags a connection once, whichever replica runs it.
 */
@Injectable()
export class ConnectionFlagJob extends PeriodicJob {
  constructor(
    private readonly transactions: Transactions,
    private readonly connections: ConnectionsRepository,
    private readonly notifications: NotificationsService,
    @Inject(REFERRAL_POLICY) private readonly policy: ReferralPolicy,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected schedule(): PeriodicSchedule {
    return {
      intervalMs: this.policy.notificationIntervalMs,
      failure: 'flagging connections failed; will try again',
    };
  }

  /** Returns how many connections were newly flagged. */
  run(): Promise<number> {
    const now = this.clock.now();
    return this.transactions.withTransaction(async () => {
      const flagged = await this.connections.updateFlags(OPEN_OUTCOMES, now);
      for (const c of flagged) await this.notifications.notify(NotificationKind.CONNECTION_FLAGGED, c, now);
      return flagged.length;
    });
  }
}
