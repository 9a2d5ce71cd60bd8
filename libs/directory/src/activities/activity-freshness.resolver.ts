import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CLOCK, Clock, DateScalar } from '@app/common';
import { ActivityType } from './activity.type';
import { confirmBy, Freshness, FRESHNESS_POLICY, FreshnessPolicy, listingFreshness } from './freshness';

/** How fresh each listing is, worked out when it is read (so it is right even if no job has run). */
@Resolver(() => ActivityType)
export class ActivityFreshnessResolver {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FRESHNESS_POLICY) private readonly policy: FreshnessPolicy,
  ) {}

  @ResolveField(() => Freshness, { description: 'FRESH, DUE (confirm within 30 days) or STALE (not confirmed for longer than the stale period)' })
  freshness(@Parent() activity: ActivityType): Freshness {
    return listingFreshness(activity.lastVerifiedAt, this.clock.now(), this.policy);
  }

  @ResolveField(() => DateScalar, { nullable: true, description: 'The last day the listing counts as confirmed; after it, STALE' })
  confirmBy(@Parent() activity: ActivityType): string | null {
    return confirmBy(activity.lastVerifiedAt, this.policy);
  }
}
