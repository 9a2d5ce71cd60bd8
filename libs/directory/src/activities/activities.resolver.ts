import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, Role, Roles, Viewer } from '@app/access';
import { IdPipe } from '@app/common';
import { CapacityState } from './activity-enums';
import { PauseActivityInput } from './dto/listing-actions.inputs';
import { ActivitiesService } from './activities.service';
import { DirectoryMapper } from './activity.mapper';
import { ActivityType } from './activity.type';
import { CreateActivityInput, UpdateActivityInput } from './dto/activity.inputs';

@Resolver(() => ActivityType)
export class ActivitiesResolver {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly mapper: DirectoryMapper,
  ) {}

  @Public()
  @Query(() => ActivityType, { nullable: true, description: 'Anonymous callers see only ACTIVE activities' })
  async activity(@Args('id', { type: () => ID }, IdPipe) id: string, @CurrentViewer() viewer: Viewer) {
    return this.mapper.activity(await this.activities.get(viewer, id));
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => ActivityType)
  async createActivity(@Args('input') input: CreateActivityInput, @CurrentViewer() viewer: Viewer) {
    return this.mapper.activity(await this.activities.create(viewer, input));
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => ActivityType)
  async updateActivity(@Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: UpdateActivityInput, @CurrentViewer() viewer: Viewer) {
    return this.mapper.activity(await this.activities.update(viewer, id, input));
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => ActivityType, { description: 'Records that a leader has checked the listing is still right' })
  async confirmActivityUpToDate(@Args('id', { type: () => ID }, IdPipe) id: string, @CurrentViewer() viewer: Viewer) {
    return this.mapper.activity(await this.activities.confirmUpToDate(viewer, id));
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => Int, { description: 'Confirms every open listing of the organisation is still right; returns how many' })
  confirmOrganisationListingsUpToDate(@Args('organisationId', { type: () => ID }, IdPipe) organisationId: string, @CurrentViewer() viewer: Viewer) {
    return this.activities.confirmAllUpToDate(viewer, organisationId);
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => ActivityType, { description: 'Out of search for a while, with a reason; back by itself on resumesOn when given' })
  async pauseActivity(@Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: PauseActivityInput, @CurrentViewer() viewer: Viewer) {
    return this.mapper.activity(await this.activities.pause(viewer, id, input.reason, input.resumesOn));
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => ActivityType, { description: 'A paused or closed listing back in search now' })
  async resumeActivity(@Args('id', { type: () => ID }, IdPipe) id: string, @CurrentViewer() viewer: Viewer) {
    return this.mapper.activity(await this.activities.resume(viewer, id));
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => ActivityType, { description: 'The activity has stopped: out of search (it can be opened again)' })
  async closeActivity(@Args('id', { type: () => ID }, IdPipe) id: string, @CurrentViewer() viewer: Viewer) {
    return this.mapper.activity(await this.activities.close(viewer, id));
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => ActivityType, { description: 'A copy to start a similar listing from; it starts PAUSED, out of search until opened' })
  async duplicateActivity(@Args('id', { type: () => ID }, IdPipe) id: string, @CurrentViewer() viewer: Viewer) {
    return this.mapper.activity(await this.activities.duplicate(viewer, id));
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => ActivityType, { description: 'Spaces available, waiting list or full, in one step' })
  async setActivityAvailability(
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('state', { type: () => CapacityState }) state: CapacityState,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.mapper.activity(await this.activities.setAvailability(viewer, id, state));
  }
}
