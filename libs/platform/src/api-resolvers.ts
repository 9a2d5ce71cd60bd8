import { AccountsResolver } from '@app/accounts';
import { ActivitiesResolver, OrganisationsResolver, UserOrganisationsResolver, VenuesResolver } from '@app/directory';
import { SearchResolver } from '@app/search';
import { TaxonomyResolver } from '@app/taxonomy';

/** Every GraphQL resolver class, for generating schema.graphql without starting anything. */
export const API_RESOLVERS = [
  AccountsResolver,
  TaxonomyResolver,
  OrganisationsResolver,
  UserOrganisationsResolver,
  VenuesResolver,
  ActivitiesResolver,
  SearchResolver,
];
