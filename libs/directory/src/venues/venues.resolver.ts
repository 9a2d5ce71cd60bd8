import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@app/access';
import { DirectoryMapper } from '../activities/activity.mapper';
import { CreateVenueInput } from './dto/create-venue.input';
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
}
