import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { CLOCK, Clock, LOGGER, PeriodicJob, PeriodicSchedule } from '@app/common';
import { Transactions } from '@app/database';
import { Mailer } from '@app/mail';
import { ConnectionOutcome } from '../usage-enums';
import { answerBy, REFERRAL_POLICY, ReferralPolicy } from '../connections/referral-policy';
import { notificationMessage } from './notification-message';
import { NotificationsRepository, OwedNotification, Recipient } from './notifications.repository';

const SIGN_OFF = [
  '',
  'Community activities directory',
  'You get these emails because you make or receive referrals. Choose a daily digest instead on your account page.',
];

/**
 * Sends the mail owed about referrals: one mail per notification, or one digest a day for users who
 * prefer it. Each user's mail is sent in a transaction holding their notification rows, so two
 * replicas never send the same one; a failed send is tried again on the next run.
 */
@Injectable()
export class NotificationSender extends PeriodicJob {
  constructor(
    private readonly transactions: Transactions,
    private readonly notifications: NotificationsRepository,
    private readonly mailer: Mailer,
    @Inject(REFERRAL_POLICY) private readonly policy: ReferralPolicy,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected schedule(): PeriodicSchedule {
    return {
      intervalMs: this.policy.notificationIntervalMs,
      failure: 'sending notifications failed; will try again',
    };
  }

  /** Returns how many mails went out. */
  async run(): Promise<number> {
    const now = this.clock.now();
    const recipients = await this.transactions.withTransaction(() => this.notifications.recipientsDue(now));
    let sent = 0;
    for (const recipient of recipients) {
      try {
        sent += await this.transactions.withTransaction(() => this.sendTo(recipient, now));
      } catch (err) {
        this.logger.warn({ err }, 'a notification mail failed; will try again');
      }
    }
    return sent;
  }

  private async sendTo(recipient: Recipient, now: Date): Promise<number> {
    const owed = await this.notifications.claimOwed(recipient.userId);
    if (!owed.length) return 0;
    const messages = owed.map((n) => notificationMessage(this.withDeadline(n), this.policy.publicUrl));
    if (recipient.daily) {
      await this.mailer.send({
        to: [recipient.email],
        subject: `Your referrals today: ${owed.length} update${owed.length === 1 ? '' : 's'}`,
        text: ['Hello,', '', ...messages.flatMap((m) => [`# ${m.subject}`, ...m.body, '']), ...SIGN_OFF].join('\n'),
      });
      await this.notifications.recordDigest(recipient.userId, now);
    } else {
      for (const m of messages) await this.mailer.send({ to: [recipient.email], subject: m.subject, text: ['Hello,', '', ...m.body, ...SIGN_OFF].join('\n') });
    }
    await this.notifications.markSent(
      owed.map((n) => n.id),
      now,
    );
    return recipient.daily ? 1 : messages.length;
  }

  private withDeadline(n: OwedNotification): OwedNotification {
    return { ...n, answerBy: n.outcome === ConnectionOutcome.PENDING ? answerBy(n.referredAt, this.policy) : null };
  }
}
