import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { CLOCK, Clock, LOGGER, runPeriodically } from '@app/common';
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
export class ConnectionFlagJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private stop = () => {};

  constructor(
    private readonly transactions: Transactions,
    private readonly connections: ConnectionsRepository,
    private readonly notifications: NotificationsService,
    @Inject(REFERRAL_POLICY) private readonly policy: ReferralPolicy,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = runPeriodically(() => this.run(), {
      intervalMs: this.policy.notificationIntervalMs,
      logger: this.logger,
      failure: 'flagging connections failed; will try again',
    });
  }

  onApplicationShutdown(): void {
    this.stop();
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
