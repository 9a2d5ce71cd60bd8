import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@app/access';
import { ActivitySearchInput } from './search.inputs';
import { ActivitySearchResultType } from './search.types';
import { SearchService } from './search.service';

@Resolver(() => ActivitySearchResultType)
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  /** Open to all: the directory is public; only assured, open listings show by default. */
  @Public()
  @Query(() => ActivitySearchResultType)
  searchActivities(@Args('input') input: ActivitySearchInput, @Context('req') request: object): Promise<ActivitySearchResultType> {
    return this.search.search(input, request);
  }
}
