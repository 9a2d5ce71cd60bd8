import { isoDay } from '@app/common';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER, PeriodicJob, PeriodicSchedule } from '@app/common';
import { ADVISORY_LOCKS, Transactions, tryTransactionLock } from '@app/database';
import { AssuranceStatus, OrganisationsRepository } from '@app/directory';
import { AuditTrail } from '../audit/audit-trail';
import { effectiveStatus } from './assurance-rules';
import { CLOCK, Clock } from '@app/common';
import { OrganisationAssurance } from './organisation-assurance';

export const LAPSE_INTERVAL = Symbol('LAPSE_INTERVAL');

/**
 * Writes EXPIRING (30 days before) and LAPSED (after the date) into organisations, with their audit
 * events and search updates. One replica at a time (advisory lock); reads already show the right
 * status between runs.
 */
@Injectable()
export class LapseJob extends PeriodicJob {
  constructor(
    private readonly transactions: Transactions,
    private readonly organisations: OrganisationsRepository,
    private readonly status: OrganisationAssurance,
    private readonly audit: AuditTrail,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LAPSE_INTERVAL) private readonly intervalMs: number,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected schedule(): PeriodicSchedule {
    return {
      intervalMs: this.intervalMs,
      runNow: true,
      failure: 'assurance lapse job failed; will try again',
    };
  }

  /** Returns how many organisations changed. */
  run(now = this.clock.now()): Promise<number> {
    const today = isoDay(now);
    return this.transactions.withTransaction(async () => {
      if (!(await tryTransactionLock(this.transactions.tx, ADVISORY_LOCKS.assuranceLapse))) return 0;
      const candidates = await this.organisations.lockInStatuses([AssuranceStatus.ASSURED, AssuranceStatus.EXPIRING]);
      let changed = 0;
      for (const organisation of candidates) {
        const to = effectiveStatus(organisation.assuranceStatus, organisation.assuredUntil, today);
        if (to === organisation.assuranceStatus) continue;
        await this.status.setStatus(organisation, to, {
          actorId: null,
          reason: to === AssuranceStatus.LAPSED ? 'assurance date passed' : 'assurance ends within 30 days',
        });
        await this.audit.append({
          actorId: null,
          action: to,
          entityType: 'Organisation',
          entityId: organisation.id,
          organisationId: organisation.id,
          details: { assuredUntil: organisation.assuredUntil },
        });
        changed += 1;
      }
      if (changed) this.logger.info({ changed, today }, 'assurance statuses moved on');
      return changed;
    });
  }
}
