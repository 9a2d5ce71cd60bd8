import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, Role, Roles, Viewer } from '@app/access';
import { UserType } from '@app/accounts';
import { Inject } from '@nestjs/common';
import { CLOCK, Clock, IdPipe, isoDay, ListSize } from '@app/common';
import { effectiveAssuranceStatus } from './assurance-status';
import { AssuranceStatus } from './organisation-enums';
import { ActivitiesService } from '../activities/activities.service';
import { DirectoryMapper } from '../activities/activity.mapper';
import { ActivityType } from '../activities/activity.type';
import { VenueType } from '../venues/venue.type';
import { VenuesService } from '../venues/venues.service';
import { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.inputs';
import { OrganisationType } from './organisation.type';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationType)
export class OrganisationsResolver {
  constructor(
    private readonly organisationsService: OrganisationsService,
    private readonly venuesService: VenuesService,
    private readonly activitiesService: ActivitiesService,
    private readonly mapper: DirectoryMapper,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ResolveField(() => AssuranceStatus, {
    description: 'As of today: LAPSED after the assured date and EXPIRING 30 days before it, whenever the lapse job last ran',
  })
  assuranceStatus(@Parent() organisation: OrganisationType): AssuranceStatus {
    return effectiveAssuranceStatus(organisation.storedAssuranceStatus, organisation.assuredUntil, isoDay(this.clock.now()));
  }

  @Public()
  @Query(() => OrganisationType, { nullable: true })
  async organisation(@Args('id', { type: () => ID }, IdPipe) id: string, @CurrentViewer() viewer: Viewer) {
    return OrganisationType.from(await this.organisationsService.get(viewer, id));
  }

  @Roles(Role.ASSURER, Role.COMMISSIONER, Role.ADMIN)
  @ListSize(50)
  @Query(() => [OrganisationType], { description: 'Every organisation by name (for choosing one: memberships, audit filters)' })
  async organisations(): Promise<OrganisationType[]> {
    return (await this.organisationsService.all()).map((o) => OrganisationType.from(o));
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => OrganisationType)
  async createOrganisation(@Args('input') input: CreateOrganisationInput, @CurrentViewer() viewer: NonNullable<Viewer>) {
    return OrganisationType.from(await this.organisationsService.create(viewer, input));
  }

  @Roles(Role.VCSE_LEADER, Role.ADMIN)
  @Mutation(() => OrganisationType)
  async updateOrganisation(@Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: UpdateOrganisationInput, @CurrentViewer() viewer: Viewer) {
    return OrganisationType.from(await this.organisationsService.update(viewer, id, input));
  }

  @ListSize(3)
  @ResolveField(() => [VenueType], { description: 'By name; archived venues only when asked for' })
  async venues(
    @Parent() organisation: OrganisationType,
    @Args('includeArchived', { type: () => Boolean, nullable: true, defaultValue: false }) includeArchived: boolean,
  ): Promise<VenueType[]> {
    return (await this.venuesService.forOrganisation(organisation.id, includeArchived)).map((v) => this.mapper.venue(v));
  }

  @ListSize(20)
  @ResolveField(() => [ActivityType], { description: 'Anonymous callers see only ACTIVE activities' })
  async activities(@Parent() organisation: OrganisationType, @CurrentViewer() viewer: Viewer): Promise<ActivityType[]> {
    const activities = await this.activitiesService.forOrganisation(viewer, organisation.id);
    return activities.map((a) => this.mapper.activity(a, organisation));
  }
}

/** User.organisations lives here because the directory owns organisations. */
@Resolver(() => UserType)
export class UserOrganisationsResolver {
  constructor(private readonly organisationsService: OrganisationsService) {}

  @ListSize(3)
  @ResolveField(() => [OrganisationType], { description: 'Organisations this user may manage' })
  async organisations(@Parent() user: UserType): Promise<OrganisationType[]> {
    return (await this.organisationsService.forMember(user.id)).map((o) => OrganisationType.from(o));
  }
}
