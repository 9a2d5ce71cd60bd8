import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@app/access';
import { IdPipe } from '@app/common';
import { DirectoryMapper } from '../activities/activity.mapper';
import { CreateVenueInput, UpdateVenueInput } from './dto/create-venue.input';
import { VenueType } from './venue.type';
import { VenuesService } from './venues.service';

@Resolver(() => VenueType)
export class VenuesResolver {
  constructor(
    private readonly venues: VenuesService,
    private readonly mapper: DirectoryMapper,
  ) {}

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => VenueType)
  async createVenue(@Args('input') input: CreateVenueInput, @CurrentViewer() viewer: Viewer): Promise<VenueType> {
    return this.mapper.venue(await this.venues.create(viewer, input));
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => VenueType, { description: "Replaces the venue's details; every listing held there shows them" })
  async updateVenue(@Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: UpdateVenueInput, @CurrentViewer() viewer: Viewer) {
    return this.mapper.venue(await this.venues.update(viewer, id, input));
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => VenueType, { description: 'Keeps the venue for its history but offers it for no new listing; refused while open listings are held there' })
  async archiveVenue(@Args('id', { type: () => ID }, IdPipe) id: string, @CurrentViewer() viewer: Viewer) {
    return this.mapper.venue(await this.venues.archive(viewer, id));
  }
}
