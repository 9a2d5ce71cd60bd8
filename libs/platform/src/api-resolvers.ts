import { AccountsResolver } from '@app/accounts';
import { AssuranceResolver } from '@app/assurance';
import {
  ActivitiesResolver,
  ActivityCoverageResolver,
  ActivityFreshnessResolver,
  OrganisationsResolver,
  UserOrganisationsResolver,
  VenuesResolver,
} from '@app/directory';
import { PostcodeDirectoryResolver } from '@app/geo';
import { SearchResolver } from '@app/search';
import { TaxonomyResolver } from '@app/taxonomy';
import { ConnectionsResolver, EquityResolver, GroupResponseResolver, UsageResolver, WellbeingReportResolver, WellbeingResolver } from '@app/usage';
import { WorkspaceResolver } from '@app/workspace';
import { SiteSettingsResolver } from './site/site-settings.resolver';

/** Every GraphQL resolver class, for generating schema.graphql without starting anything. */
export const API_RESOLVERS = [
  AccountsResolver,
  TaxonomyResolver,
  OrganisationsResolver,
  UserOrganisationsResolver,
  VenuesResolver,
  ActivitiesResolver,
  ActivityFreshnessResolver,
  ActivityCoverageResolver,
  SearchResolver,
  AssuranceResolver,
  ConnectionsResolver,
  GroupResponseResolver,
  UsageResolver,
  WorkspaceResolver,
  SiteSettingsResolver,
  PostcodeDirectoryResolver,
  WellbeingResolver,
  WellbeingReportResolver,
  EquityResolver,
];
