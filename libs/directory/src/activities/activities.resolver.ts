import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, Role, Roles, Viewer } from '@app/access';
import { IdPipe } from '@app/common';
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
}
