import { Inject } from '@nestjs/common';
import { Field, Float, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, OrganisationAccess, Role, Viewer } from '@app/access';
import { CLOCK, Clock } from '@app/common';
import { ActivityType } from '@app/directory';
import { ConnectionsRepository } from './connections.repository';

/** Fewer referrals than this and the figures would say too much about too few: none are shown. */
export const GROUP_RESPONSE_MIN_REFERRALS = 5;
const PERIOD_DAYS = 365;
const SEES_EVERY_GROUP: readonly Role[] = [Role.LINK_WORKER, Role.COMMISSIONER, Role.ASSURER, Role.ADMIN];

@ObjectType('GroupResponse', { description: 'How the group answered referrals in the last 12 months' })
export class GroupResponseType {
  @Field(() => Int, { description: 'Referrals answered or timed out' })
  referrals: number;

  @Field(() => Float, { nullable: true, description: 'Median time to an answer, in hours (one decimal)' })
  medianHoursToAnswer: number | null;

  @Field(() => Float, { description: 'Share of referrals the group accepted, 0–1 (two decimals)' })
  acceptanceRate: number;
}

@Resolver(() => ActivityType)
export class GroupResponseResolver {
  constructor(
    private readonly connections: ConnectionsRepository,
    private readonly access: OrganisationAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ResolveField(() => GroupResponseType, {
    nullable: true,
    description: `The group's median response time and acceptance rate, for link workers, staff and the group's leaders; null under ${GROUP_RESPONSE_MIN_REFERRALS} referrals`,
  })
  async groupResponse(@Parent() activity: ActivityType, @CurrentViewer() viewer: Viewer): Promise<GroupResponseType | null> {
    if (!viewer || (!SEES_EVERY_GROUP.includes(viewer.role) && !(await this.access.isLeaderOf(viewer, activity.organisation.id)))) return null;
    const since = new Date(this.clock.now().getTime() - PERIOD_DAYS * 86_400_000);
    const figures = await this.connections.responseFigures(activity.organisation.id, since);
    if (figures.referrals < GROUP_RESPONSE_MIN_REFERRALS) return null;
    return {
      referrals: figures.referrals,
      medianHoursToAnswer: figures.medianSeconds === null ? null : Math.round(figures.medianSeconds / 360) / 10,
      acceptanceRate: Math.round((figures.accepted / figures.referrals) * 100) / 100,
    };
  }
}
