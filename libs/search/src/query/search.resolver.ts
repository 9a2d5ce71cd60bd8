import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Public } from '@app/access';
import { selectsField } from '@app/common';
import { ActivitySearchInput } from './search.inputs';
import { ActivitySearchResultType } from './search.types';
import { SearchService } from './search.service';

@Resolver(() => ActivitySearchResultType)
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  /** Open to all: the directory is public; only assured, open listings show by default. Facets are counted only when asked for. */
  @Public()
  @Query(() => ActivitySearchResultType)
  searchActivities(
    @Args('input') input: ActivitySearchInput,
    @Context('req') request: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ActivitySearchResultType> {
    return this.search.search(input, { request, facets: selectsField(info, 'facets') });
  }
}
