import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@app/access';
import { CLOCK, Clock } from '@app/common';
import { Transactions } from '@app/database';
import { ActivitiesService } from '@app/directory';
import { FRESHNESS_REMINDER_OPTIONS, FreshnessReminderOptions, verifiedLinkId } from './confirm-link';
import { FreshnessRemindersRepository } from './freshness-reminders.repository';

/**
 * The one-click link in a freshness reminder: confirms the listings it names without a password, once,
 * before it expires, then opens the organisation's listings (signing in first if need be). A used,
 * expired or made-up link leads to a page that says so.
 */
@Controller('listings')
export class ConfirmLinkController {
  constructor(
    private readonly transactions: Transactions,
    private readonly reminders: FreshnessRemindersRepository,
    private readonly activities: ActivitiesService,
    @Inject(FRESHNESS_REMINDER_OPTIONS) private readonly options: FreshnessReminderOptions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Public()
  @Get('confirm')
  async confirm(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    const id = verifiedLinkId(token, this.options.linkSecret);
    const confirmed =
      id &&
      (await this.transactions.withTransaction(async () => {
        const link = await this.reminders.useLink(id, this.clock.now());
        if (!link) return undefined;
        return { organisationId: link.organisationId, count: await this.activities.confirmByLink(link.organisationId, link.activityIds) };
      }));
    res.setHeader('cache-control', 'no-store');
    res.setHeader('referrer-policy', 'no-referrer');
    res.redirect(303, confirmed ? `/organisations/${confirmed.organisationId}/listings?done=confirmed&count=${confirmed.count}` : '/link-not-valid');
  }
}
