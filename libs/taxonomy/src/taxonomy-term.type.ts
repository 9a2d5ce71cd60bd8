import { Field, ObjectType } from '@nestjs/graphql';
import { TaxonomyKind } from './taxonomy-kind';

@ObjectType('TaxonomyTerm')
export class TaxonomyTermType {
  @Field(() => String, { description: 'Stable code, e.g. "loneliness"' })
  code: string;

  @Field(() => String)
  label: string;

  @Field(() => TaxonomyKind)
  kind: TaxonomyKind;
}
