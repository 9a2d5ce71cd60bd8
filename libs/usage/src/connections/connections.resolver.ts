import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@app/access';
import { IdPipe } from '@app/common';
import { ConnectionOutcome, DeclineReason, WithdrawReason } from '../usage-enums';
import { ReferralContactType } from './contact/contact.types';
import { ContactsService } from './contact/contacts.service';
import { ConnectionType, MyConnectionsArgs, OrganisationConnectionArgs, RecordConnectionInput } from './connection.types';
import { ConnectionsService } from './connections.service';

@Resolver(() => ConnectionType)
export class ConnectionsResolver {
  constructor(
    private readonly connections: ConnectionsService,
    private readonly contacts: ContactsService,
  ) {}

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
  @Mutation(() => ConnectionType, { description: 'The referring link worker withdraws an open connection; the group is told' })
  withdrawConnection(
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('reason', { type: () => WithdrawReason }) reason: WithdrawReason,
    @CurrentViewer() viewer: NonNullable<Viewer>,
  ) {
    return this.connections.withdraw(viewer, id, reason);
  }

  @Roles(Role.LINK_WORKER, Role.VCSE_LEADER)
  @Query(() => ReferralContactType, {
    description: "The contact details shared with consent: only for the referring link worker and the group's leaders; every read is recorded",
  })
  connectionContact(@Args('id', { type: () => ID, description: 'The connection' }, IdPipe) id: string, @CurrentViewer() viewer: NonNullable<Viewer>) {
    return this.contacts.reveal(viewer, id);
  }

  @Roles(Role.LINK_WORKER, Role.VCSE_LEADER)
  @Mutation(() => ConnectionType, { description: 'Erases the shared contact details at once (the referring link worker or the group’s leaders)' })
  eraseConnectionContact(@Args('id', { type: () => ID, description: 'The connection' }, IdPipe) id: string, @CurrentViewer() viewer: NonNullable<Viewer>) {
    return this.connections.eraseContact(viewer, id);
  }

  @Roles(Role.LINK_WORKER, Role.VCSE_LEADER, Role.ADMIN)
  @Query(() => ConnectionType, { description: 'One connection with its history: for the link worker who made it and the group’s leaders' })
  connection(@Args('id', { type: () => ID }, IdPipe) id: string, @CurrentViewer() viewer: NonNullable<Viewer>) {
    return this.connections.one(viewer, id);
  }

  @Roles(Role.LINK_WORKER)
  @Query(() => [ConnectionType], { description: "The link worker's own connections, newest first (page with first/after/before)" })
  myConnections(@Args() args: MyConnectionsArgs, @CurrentViewer() viewer: NonNullable<Viewer>) {
    return this.connections.mine(viewer, args);
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Query(() => [ConnectionType], { description: "A VCSE leader's referral inbox, newest first (page with first/after/before)" })
  organisationConnections(@Args() { organisationId, activityId, ...page }: OrganisationConnectionArgs, @CurrentViewer() viewer: NonNullable<Viewer>) {
    return this.connections.forOrganisation(viewer, organisationId.toLowerCase(), page, activityId?.toLowerCase());
  }
}
