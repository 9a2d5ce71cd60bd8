import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ActivityType } from '@app/directory';

@ObjectType('ActivityHit')
export class ActivityHitType {
  @Field(() => ActivityType)
  activity: ActivityType;

  @Field(() => Float, { nullable: true, description: 'from the search point, when `near` is given (null for remote activities)' })
  distanceKm: number | null;
}

@ObjectType('FacetValue')
export class FacetValueType {
  @Field(() => String)
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('Facet')
export class FacetType {
  @Field(() => String, { description: 'needs, accessibility, days, deliveryMode or category' })
  field: string;

  @Field(() => [FacetValueType])
  values: FacetValueType[];
}

@ObjectType('ActivitySearchResult')
export class ActivitySearchResultType {
  @Field(() => Int)
  total: number;

  @Field(() => Int)
  page: number;

  @Field(() => Int)
  pageSize: number;

  @Field(() => [ActivityHitType])
  hits: ActivityHitType[];

  @Field(() => [FacetType])
  facets: FacetType[];
}
