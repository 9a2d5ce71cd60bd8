import { Module } from '@nestjs/common';
import { ActivitiesRepository } from './activities/activities.repository';
import { ActivitiesResolver } from './activities/activities.resolver';
import { ActivitiesService } from './activities/activities.service';
import { ActivityFreshnessResolver } from './activities/activity-freshness.resolver';
import { ActivityCoverageResolver } from './activities/activity-coverage.resolver';
import { DirectoryMapper } from './activities/activity.mapper';
import { OrganisationsRepository } from './organisations/organisations.repository';
import { OrganisationsResolver, UserOrganisationsResolver } from './organisations/organisations.resolver';
import { OrganisationsService } from './organisations/organisations.service';
import { VenuesRepository } from './venues/venues.repository';
import { VenuesResolver } from './venues/venues.resolver';
import { VenuesService } from './venues/venues.service';
import { VenueRelocation } from './venues/venue-relocation';

@Module({
  providers: [
    DirectoryMapper,
    OrganisationsRepository,
    OrganisationsService,
    OrganisationsResolver,
    UserOrganisationsResolver,
    VenuesRepository,
    VenuesService,
    VenuesResolver,
    VenueRelocation,
    ActivitiesRepository,
    ActivitiesService,
    ActivitiesResolver,
    ActivityFreshnessResolver,
    ActivityCoverageResolver,
  ],
  exports: [DirectoryMapper, OrganisationsRepository, OrganisationsService, ActivitiesRepository, ActivitiesService, VenuesService, VenueRelocation],
})
export class DirectoryModule {}
