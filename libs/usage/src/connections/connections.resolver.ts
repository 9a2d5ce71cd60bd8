import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@app/access';
import { IdPipe } from '@app/common';
import { ConnectionOutcome, DeclineReason } from '../usage-enums';
import { ConnectionListArgs, ConnectionType, OrganisationConnectionArgs, RecordConnectionInput } from './connection.types';
import { ConnectionsService } from './connections.service';

@Resolver(() => ConnectionType)
export class ConnectionsResolver {
  constructor(private readonly connections: ConnectionsService) {}

  @Roles(Role.LINK_WORKER)
  @Mutation(() => ConnectionType, { description: 'A link worker records connecting a person to an activity' })
  recordConnection(@Args('input') input: RecordConnectionInput, @CurrentViewer() viewer: NonNullable<Viewer>) {
    return this.connections.record(viewer, input);
  }

  @Roles(Role.VCSE_LEADER, Role.LINK_WORKER, Role.ADMIN)
  @Mutation(() => ConnectionType)
  updateConnectionOutcome(
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('outcome', { type: () => ConnectionOutcome }) outcome: ConnectionOutcome,
    @CurrentViewer() viewer: NonNullable<Viewer>,
    @Args('declineReason', { type: () => DeclineReason, nullable: true, description: 'Required with DECLINED' }) declineReason?: DeclineReason,
  ) {
    return this.connections.setOutcome(viewer, id, outcome, declineReason);
  }

  @Roles(Role.LINK_WORKER)
  @Query(() => [ConnectionType], { description: "The link worker's own connections, newest first (page with first/after/before)" })
  myConnections(@Args() args: ConnectionListArgs, @CurrentViewer() viewer: NonNullable<Viewer>) {
    return this.connections.mine(viewer, args);
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Query(() => [ConnectionType], { description: "A VCSE leader's referral inbox, newest first (page with first/after/before)" })
  organisationConnections(@Args() { organisationId, activityId, ...page }: OrganisationConnectionArgs, @CurrentViewer() viewer: NonNullable<Viewer>) {
    return this.connections.forOrganisation(viewer, organisationId.toLowerCase(), page, activityId?.toLowerCase());
  }
}
