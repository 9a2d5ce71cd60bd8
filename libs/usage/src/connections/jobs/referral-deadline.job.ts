import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { CLOCK, Clock, LOGGER, PeriodicJob, PeriodicSchedule } from '@app/common';
import { Transactions } from '@app/database';
import { NotificationKind } from '../../notifications/notification-kind';
import { NotificationsService } from '../../notifications/notifications.service';
import { ConnectionOutcome } from '../../usage-enums';
import { ConnectionsRepository } from '../connections.repository';
import { answerBy, REFERRAL_POLICY, ReferralPolicy, remindAt } from '../referral-policy';

const DAY_MS = 86_400_000;

/**
 * Referrals the group has not answered: after the reminder deadline the group is reminded and the
 * link worker told; after the response deadline the referral is NO_RESPONSE and the link worker
 * prompted to look elsewhere. Each change is a conditional update, so several replicas do each once.
 */
@Injectable()
export class ReferralDeadlineJob extends PeriodicJob {
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
      intervalMs: this.policy.jobIntervalMs,
      failure: 'checking referral deadlines failed; will try again',
    };
  }

  async run(): Promise<{ reminded: number; noResponse: number }> {
    const now = this.clock.now();
    // Working days are never fewer than calendar days, so this finds every candidate (and a few to skip).
    const candidates = (days: number, notReminded: boolean) => this.connections.pendingCreatedBefore(new Date(now.getTime() - days * DAY_MS), notReminded);
    let noResponse = 0;
    for (const c of await candidates(this.policy.noResponseWorkingDays, false)) {
      if (answerBy(c.createdAt, this.policy) > now) continue;
      const closed = await this.transactions.withTransaction(async () => {
        if (!(await this.connections.markNoResponse(c.id, now))) return false;
        await this.connections.recordOutcome(c.id, ConnectionOutcome.NO_RESPONSE, null, now);
        await this.notifications.notify(NotificationKind.NO_RESPONSE, c, now);
        return true;
      });
      if (closed) noResponse++;
    }
    let reminded = 0;
    for (const c of await candidates(this.policy.reminderWorkingDays, true)) {
      if (remindAt(c.createdAt, this.policy) > now) continue;
      const sent = await this.transactions.withTransaction(async () => {
        if (!(await this.connections.markReminded(c.id, now))) return false;
        await this.notifications.notify(NotificationKind.ANSWER_OVERDUE, c, now);
        await this.notifications.notify(NotificationKind.GROUP_REMINDED, c, now);
        return true;
      });
      if (sent) reminded++;
    }
    if (reminded || noResponse) this.logger.info({ reminded, noResponse }, 'referral deadlines worked through');
    return { reminded, noResponse };
  }
}
