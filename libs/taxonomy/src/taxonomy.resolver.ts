import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@app/access';
import { TaxonomyKind } from './taxonomy-kind';
import { TaxonomyTermType } from './taxonomy-term.type';
import { TaxonomyService } from './taxonomy.service';

@Resolver(() => TaxonomyTermType)
export class TaxonomyResolver {
  constructor(private readonly terms: TaxonomyService) {}

  @Public()
  @Query(() => [TaxonomyTermType], { description: 'The terms of one taxonomy, in display order' })
  taxonomy(@Args('kind', { type: () => TaxonomyKind }) kind: TaxonomyKind): TaxonomyTermType[] {
    return this.terms.list(kind);
  }
}
