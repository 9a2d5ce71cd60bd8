import { Field, Int, ObjectType } from '@nestjs/graphql';

/** What a leader's organisation needs from them now, counted. */
@ObjectType('OrganisationWorkspace')
export class OrganisationWorkspaceType {
  @Field(() => Int, { description: 'Referrals waiting for an answer' })
  waitingReferrals: number;

  @Field(() => Int)
  activeListings: number;

  @Field(() => Int)
  pausedListings: number;

  @Field(() => Int)
  closedListings: number;

  @Field(() => Int, { description: 'Active listings with no spaces and no waiting list' })
  fullListings: number;

  @Field(() => Int, { description: 'Open listings due for confirmation (DUE) or past it (STALE)' })
  listingsToConfirm: number;

  @Field(() => Int, { description: 'Evidence items of the current assessment that expire within 30 days, or have expired' })
  evidenceExpiringSoon: number;

  @Field(() => [String], { description: 'What to do next, in plain English, most pressing first' })
  nextSteps: string[];
}
