import { isoDay, CLOCK, Clock } from '@app/common';
import { Inject, Injectable } from '@nestjs/common';
import { ActivityEntity, ActivityStatus, AssuranceStatus, ASSURED_STATUSES, effectiveAssuranceStatus, OrganisationEntity } from '@app/directory';

export const ORUK_PUBLISH = Symbol('ORUK_PUBLISH');
export type PublishScope = 'assured' | 'all';

/**
 * Which listings the Open Referral UK API and export publish: by default only active and paused listings
 * of organisations whose assurance is current (ASSURED or EXPIRING, not past its date); with
 * ORUK_PUBLISH=all, every active or paused listing of an organisation that is not suspended. A paused
 * listing stays in the feed as "temporarily closed", so re-publishers polling modified_after learn
 * that it paused instead of seeing it vanish.
 */
@Injectable()
export class OrukPublication {
  constructor(
    @Inject(ORUK_PUBLISH) readonly scope: PublishScope,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** SQL over organisations `o`; pushes its parameters onto `params`. */
  organisationClause(params: unknown[]): string {
    // A suspended organisation is never published, whatever the scope.
    if (this.scope === 'all') return `o.assurance_status <> 'SUSPENDED'`;
    params.push(ASSURED_STATUSES);
    params.push(isoDay(this.clock.now()));
    return `o.assurance_status = ANY($${params.length - 1}::assurance_status[]) AND (o.assured_until IS NULL OR o.assured_until >= $${params.length}::date)`;
  }

  /** SQL over activities `a` joined to their organisations `o`. */
  activityClause(params: unknown[]): string {
    return `a.status IN ('ACTIVE', 'PAUSED') AND ${this.organisationClause(params)}`;
  }

  organisationPublished(o: OrganisationEntity): boolean {
    if (this.scope === 'all') return o.assuranceStatus !== AssuranceStatus.SUSPENDED;
    return ASSURED_STATUSES.includes(effectiveAssuranceStatus(o.assuranceStatus, o.assuredUntil, isoDay(this.clock.now())));
  }

  activityPublished(a: ActivityEntity): boolean {
    return a.status !== ActivityStatus.CLOSED && this.organisationPublished(a.organisation!);
  }
}
