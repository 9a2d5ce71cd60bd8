import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { CLOCK, Clock, LOGGER, PeriodicJob, PeriodicSchedule } from '@app/common';
import { ADVISORY_LOCKS, holdTransactionLock, Transactions, tryTransactionLock } from '@app/database';
import { DUE_WITHIN_DAYS, FRESHNESS_POLICY, FreshnessPolicy } from '@app/directory';
import { Mailer } from '@app/mail';
import { FRESHNESS_REMINDER_OPTIONS, FreshnessReminderOptions, signLink } from './confirm-link';
import { FreshnessRemindersRepository, ListingToConfirm } from './freshness-reminders.repository';

const DAY_MS = 86_400_000;
/** No organisation hears from us about its listings more than once a week. */
export const REMINDER_GAP_DAYS = 7;
/** A one-click link works once, for this long. */
export const LINK_VALID_DAYS = 14;

const longDate = (date: Date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/**
 * Emails an organisation's leaders when its listings fall DUE for confirmation, and again when they go
 * STALE, with a one-click link that confirms them. At most one mail per organisation per week; one
 * replica at a time (an advisory lock); a mail that fails is tried again on the next run.
 */
@Injectable()
export class FreshnessReminderJob extends PeriodicJob {
  constructor(
    private readonly transactions: Transactions,
    private readonly reminders: FreshnessRemindersRepository,
    private readonly mailer: Mailer,
    @Inject(FRESHNESS_POLICY) private readonly policy: FreshnessPolicy,
    @Inject(FRESHNESS_REMINDER_OPTIONS) private readonly options: FreshnessReminderOptions,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected schedule(): PeriodicSchedule {
    return {
      intervalMs: this.options.intervalMs,
      failure: 'sending freshness reminders failed; will try again',
    };
  }

  /** Returns how many organisations were reminded. */
  async run(): Promise<number> {
    const now = this.clock.now();
    const dueAfterMs = (this.policy.staleAfterDays - DUE_WITHIN_DAYS) * DAY_MS;
    const rows = await this.transactions.withTransaction(async () => {
      if (!(await tryTransactionLock(this.transactions.tx, ADVISORY_LOCKS.freshnessReminders))) return [];
      return this.reminders.dueOrStale(new Date(now.getTime() - dueAfterMs));
    });
    const byOrganisation = new Map<string, typeof rows>();
    for (const row of rows) byOrganisation.set(row.organisationId, [...(byOrganisation.get(row.organisationId) ?? []), row]);
    let reminded = 0;
    for (const [organisationId, listings] of byOrganisation) {
      const last = listings[0].lastRemindedAt;
      if (last && now.getTime() - last.getTime() < REMINDER_GAP_DAYS * DAY_MS) continue;
      if (last && !listings.some((l) => this.changedStateSince(l, last, now))) continue;
      if (await this.remind(organisationId, listings, now)) reminded++;
    }
    if (reminded) this.logger.info({ organisations: reminded }, 'freshness reminders sent');
    return reminded;
  }

  /** Whether the listing fell DUE, or went STALE, between the last reminder and now. */
  private changedStateSince(listing: ListingToConfirm, last: Date, now: Date): boolean {
    if (!listing.lastVerifiedAt) return false;
    const verified = listing.lastVerifiedAt.getTime();
    const dueAt = verified + (this.policy.staleAfterDays - DUE_WITHIN_DAYS) * DAY_MS;
    const staleAt = verified + this.policy.staleAfterDays * DAY_MS;
    return [dueAt, staleAt].some((at) => at > last.getTime() && at <= now.getTime());
  }

  private remind(organisationId: string, listings: ListingToConfirm[], now: Date): Promise<boolean> {
    return this.transactions.withTransaction(async () => {
      // Another replica may have read the same listings: the first to take this lock sends, the other sees its record.
      await holdTransactionLock(this.transactions.tx, `freshness-reminder:${organisationId}`);
      const last = await this.reminders.lastReminderAt(organisationId);
      if (last && now.getTime() - last.getTime() < REMINDER_GAP_DAYS * DAY_MS) return false;
      const to = await this.reminders.leaderEmails(organisationId);
      if (!to.length) return false;
      const linkId = await this.reminders.createLink(
        organisationId,
        listings.map((l) => l.activityId),
        new Date(now.getTime() + LINK_VALID_DAYS * DAY_MS),
      );
      const staleBefore = now.getTime() - this.policy.staleAfterDays * DAY_MS;
      const lines = listings.map(
        (l) =>
          `- ${l.title}: ${
            !l.lastVerifiedAt
              ? 'never confirmed'
              : `last confirmed ${longDate(l.lastVerifiedAt)}${l.lastVerifiedAt.getTime() < staleBefore ? ' (link workers now see it may be out of date)' : ''}`
          }`,
      );
      const n = listings.length;
      await this.mailer.send({
        to,
        subject: `Please check ${n === 1 ? 'your listing is' : `your ${n} listings are`} still right`,
        text: [
          'Hello,',
          '',
          `Link workers use ${listings[0].organisationName}'s listings to send people to you. ${n === 1 ? 'This listing has' : 'These listings have'} not been confirmed for a while:`,
          '',
          ...lines,
          '',
          `If ${n === 1 ? 'it is' : 'they are all'} still right, confirm with one click (no password needed; the link works once, for ${LINK_VALID_DAYS} days):`,
          `${this.options.publicUrl}/listings/confirm?token=${signLink(linkId, this.options.linkSecret)}`,
          '',
          `To change a listing, sign in: ${this.options.publicUrl}/organisations/${organisationId}/listings`,
          '',
          'Community activities directory',
        ].join('\n'),
      });
      await this.reminders.recordReminder(organisationId, now, n);
      return true;
    });
  }
}
